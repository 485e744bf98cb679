package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.geo.Region;
import org.tatawwu.impl.privacy.HeapScan;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.Answer;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentReport;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.Offer;
import org.tatawwu.incident.OfferStatus;
import org.tatawwu.incident.SpontaneousIntake;
import org.tatawwu.incident.Wave;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Erasure reaches what an incident command holds of a volunteer: made with a vault, the command
 * keeps appraisal comments sealed and a walk-in volunteer's personal values in the vault only, so
 * that after {@link PersonalDataVault#erase} nothing the command holds or returns (nor the vault's
 * memory or files) reads them, while offers, ratings and the report do not move. The same scenario
 * without a vault shows that the scan finds what the command keeps as given.
 */
class IncidentErasureTest {
  static final VolunteerId WALKIN = VolunteerId.of("S-1");
  static final VolunteerId REGULAR = VolunteerId.of("V00001");

  @TempDir Path dir;

  final String tag = HexFormat.of().toHexDigits(new Random().nextLong());
  // Luhn: 2,0,0,0,0,0,0,0,0,6 -> 4+0+0+0+0+0+0+0+0+6 = 10 (domain.md's vector 2000000006)
  final String walkinId = "2000000006";
  final String walkinMobile = "0598765431";
  final String walkinMobileE164 = "+966598765431";
  final String walkinNameAr = "سلمى المتطوعة " + tag;
  final String walkinNameEn = "Salma walk-in " + tag;
  final String walkinComment = "الإيواء كان مزدحماً " + tag;
  final String leadComment = "Salma arrived late twice " + tag;
  final String regularComment = "good shelter shift " + tag;

  final Flood.MutablePool pool = new Flood.MutablePool();
  final Need shelter =
      Flood.need(
          "shelter", 2, Flood.role("shelter", CredentialDemand.NONE, true), new int[] {0, 8, 6, 2});

  static SecretKey aes() {
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES");
      g.init(256);
      return g.generateKey();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  List<String> walkinValues() {
    return List.of(
        walkinId,
        walkinMobileE164,
        "598765431",
        walkinNameAr,
        walkinNameEn,
        walkinComment,
        leadComment);
  }

  SpontaneousIntake intake() {
    return SpontaneousIntake.builder()
        .nationalId(NationalId.parse(walkinId))
        .nationality(Nationality.SAUDI)
        .name(BilingualText.of(walkinNameAr, walkinNameEn))
        .mobile(MobileNumber.parse(walkinMobile))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(1994, 7, 14)))
        .gender(Gender.FEMALE)
        .region(Region.JAZAN)
        .build();
  }

  /**
   * The regular volunteer and the walk-in both serve the shelter (two seats), then three
   * appraisals: the walk-in rates the role 4 and is rated 2 by the lead, the regular volunteer
   * rates the role 5.
   */
  IncidentCommand serve(IncidentCommand command) {
    pool.add(Flood.volunteer(1).build());
    command.addNeed(shelter, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    Volunteer taken = command.intake(WALKIN, intake(), Flood.at("2026-11-19T18:30"));
    assertThat(taken.name().english()).isEqualTo(walkinNameEn);
    Instant t = Flood.at("2026-11-19T19:00");
    Wave wave = command.planWave(t);
    assertThat(wave.offers())
        .extracting(Offer::volunteer)
        .containsExactlyInAnyOrder(WALKIN, REGULAR);
    wave.offers().forEach(o -> command.answer(o.id(), Answer.ACCEPT, t.plusSeconds(60)));
    command.standDown(Flood.at("2026-11-21T18:00"));
    Instant after = Flood.at("2026-11-22T10:00");
    command.appraise(
        new Appraisal(
            shelter.id(), WALKIN, Appraisal.Direction.VOLUNTEER_OF_ROLE, 4, walkinComment, after));
    command.appraise(
        new Appraisal(
            shelter.id(), WALKIN, Appraisal.Direction.LEAD_OF_VOLUNTEER, 2, leadComment, after));
    command.appraise(
        new Appraisal(
            shelter.id(),
            REGULAR,
            Appraisal.Direction.VOLUNTEER_OF_ROLE,
            5,
            regularComment,
            after));
    return command;
  }

  IncidentCommand command(PersonalDataVault vault) {
    return Tatawwu.incidentCommand(
        Flood.incident(), Flood.ENGINE, Flood.RANKER, pool, ActivationSettings.DEFAULT, vault);
  }

  static String comments(IncidentCommand command, VolunteerId who) {
    StringBuilder b = new StringBuilder();
    command.appraisals().stream()
        .filter(a -> a.volunteer().equals(who))
        .forEach(a -> b.append(a.comment()).append('\n'));
    return b.toString();
  }

  /** Ratings by hand: volunteer-of-role 4 + 5 over 2, lead-of-volunteer 2 over 1. */
  static void ratingsHold(IncidentReport report) {
    assertThat(report.appraisals())
        .isEqualTo(
            Map.of(
                Appraisal.Direction.VOLUNTEER_OF_ROLE, new IncidentReport.Ratings(2, 9),
                Appraisal.Direction.LEAD_OF_VOLUNTEER, new IncidentReport.Ratings(1, 2)));
    assertThat(report.offers()).isEqualTo(Map.of(OfferStatus.RELEASED, 2));
  }

  void erasureReachesTheCommand(PersonalDataVault vault) {
    IncidentCommand command = serve(command(vault));
    // While the key exists: the comments read, the walk-in's data is in the vault (their copy).
    assertThat(comments(command, WALKIN)).contains(walkinComment).contains(leadComment);
    assertThat(vault.read(WALKIN).orElseThrow().get(PersonalField.NATIONAL_ID)).contains(walkinId);
    assertThat(vault.read(WALKIN).orElseThrow().get(PersonalField.MOBILE))
        .contains(walkinMobileE164);
    // The command never holds them readable, not even before erasure.
    assertThat(HeapScan.found(command, walkinValues(), pool)).isEmpty();
    ratingsHold(command.report(List.of(), Flood.at("2026-11-22T12:00")));
    List<Offer> offers = command.offers();

    assertThat(vault.erase(WALKIN)).isTrue();

    assertThat(comments(command, WALKIN))
        .doesNotContain(tag)
        .isEqualTo(PersonalDataVault.ERASED_TEXT + "\n" + PersonalDataVault.ERASED_TEXT + "\n");
    assertThat(comments(command, REGULAR)).isEqualTo(regularComment + "\n");
    assertThat(HeapScan.found(command, walkinValues(), pool)).isEmpty();
    assertThat(command.appraisals()).extracting(Appraisal::rating).containsExactly(4, 2, 5);
    ratingsHold(command.report(List.of(), Flood.at("2026-11-22T12:00")));
    assertThat(command.offers()).isEqualTo(offers);
    // The erased walk-in is gone from the command: they cannot be promoted any more.
    RuleException unknown =
        catchThrowableOfType(
            RuleException.class, () -> command.promote(WALKIN, Flood.at("2026-11-22T13:00")));
    assertThat(unknown.violations())
        .extracting(v -> v.code())
        .containsExactly("spontaneous.unknown");
  }

  @Test
  void with_an_in_memory_vault_erasure_reaches_comments_and_walk_in_intake() {
    erasureReachesTheCommand(
        Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), aes()));
  }

  @Test
  void with_a_file_vault_the_files_never_hold_the_walk_in_or_the_comments() throws IOException {
    try (VaultStore files = Tatawwu.privacy().vaultFiles(dir)) {
      erasureReachesTheCommand(Tatawwu.privacy().vault(files, aes()));
    }
    List<String> inFiles = new ArrayList<>();
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path p : paths.toList()) {
        inFiles.addAll(HeapScan.found(Files.readAllBytes(p), walkinValues()));
      }
    }
    assertThat(inFiles).isEmpty();
  }

  @Test
  void a_walk_in_keeps_serving_while_their_key_exists() {
    PersonalDataVault vault =
        Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), aes());
    IncidentCommand command = command(vault);
    command.addNeed(shelter, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    command.intake(WALKIN, intake(), Flood.at("2026-11-19T18:30"));
    Volunteer promoted = command.promote(WALKIN, Flood.at("2026-11-19T18:40"));
    assertThat(promoted.nationalId().value()).isEqualTo(walkinId);
    assertThat(promoted.birthDate().toLocalDate()).isEqualTo(LocalDate.of(1994, 7, 14));
    assertThat(command.planWave(Flood.at("2026-11-19T19:00")).offers())
        .extracting(Offer::volunteer)
        .containsExactly(WALKIN);
  }

  @Test
  void an_erased_walk_in_is_no_longer_called_out() {
    PersonalDataVault vault =
        Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), aes());
    IncidentCommand command = command(vault);
    command.addNeed(shelter, Flood.DECLARED);
    command.moveTo(IncidentStatus.ACTIVE, Flood.DECLARED);
    command.intake(WALKIN, intake(), Flood.at("2026-11-19T18:30"));
    vault.erase(WALKIN);
    assertThat(command.planWave(Flood.at("2026-11-19T19:00")).offers()).isEmpty();
    RuleException again =
        catchThrowableOfType(
            RuleException.class,
            () -> command(vault).intake(WALKIN, intake(), Flood.at("2026-11-19T19:30")));
    assertThat(again.violations())
        .extracting(v -> v.code())
        .containsExactly("privacy.subject.erased");
  }

  @Test
  void without_a_vault_the_scan_finds_what_the_command_keeps_as_given() {
    IncidentCommand command = serve(Flood.command(pool, ActivationSettings.DEFAULT));
    // A mobile number is kept as its nine national digits, so the E.164 text is not there.
    assertThat(HeapScan.found(command, walkinValues(), pool))
        .containsExactly(
            walkinId, "598765431", walkinNameAr, walkinNameEn, walkinComment, leadComment);
  }
}
