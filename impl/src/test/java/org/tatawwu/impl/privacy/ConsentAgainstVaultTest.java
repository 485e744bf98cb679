package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.RecordClass;
import org.tatawwu.privacy.RetentionReport;
import org.tatawwu.privacy.RetentionSchedule;
import org.tatawwu.privacy.RetentionSweep;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Consent against the vault (erased volunteers, guardians of adults) and volunteers without a last
 * activity in the retention sweep.
 */
class ConsentAgainstVaultTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final Locale AR = Locale.forLanguageTag("ar");
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final VolunteerId HIND = VolunteerId.of("V-101");
  static final VolunteerId OMAR = VolunteerId.of("V-200");

  final PersonalDataVault vault =
      PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());

  static PersonalData born(String birthDate) {
    Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.put(PersonalField.NAME_ENGLISH, "Someone");
    m.put(PersonalField.BIRTH_DATE, birthDate);
    return PersonalData.of(m);
  }

  ConsentRegister register(TestClock clock) {
    return PRIVACY.consentRegister(
        clock, Purpose.defaults(), PRIVACY.inMemoryConsentStore(), vault);
  }

  static List<String> codes(RuleException e) {
    return e.violations().stream().map(v -> v.code()).toList();
  }

  /** Records a consent under notice n1. */
  static void give(
      ConsentRegister consents, VolunteerId id, PurposeId purpose, ConsentGiver giver) {
    consents.give(id, purpose, NoticeVersion.of("n1"), giver);
  }

  /** The refusal of a consent under notice n1. */
  static RuleException refusal(
      ConsentRegister consents, VolunteerId id, PurposeId purpose, ConsentGiver giver) {
    return catchThrowableOfType(RuleException.class, () -> give(consents, id, purpose, giver));
  }

  @Test
  void consent_is_refused_for_an_erased_volunteer() {
    TestClock clock = new TestClock(Instant.parse("2026-05-01T08:00:00Z"));
    ConsentRegister consents = register(clock);
    vault.put(SARA, born("1990-04-02"));
    give(consents, SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
    vault.erase(SARA);
    RuleException e = refusal(consents, SARA, Purpose.BACKGROUND_CHECK, ConsentGiver.VOLUNTEER);
    assertThat(codes(e)).containsExactly("privacy.consent.erased");
    assertThat(e.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "this volunteer's personal data was erased: no consent can be recorded for them");
    assertThat(e.problems(AR).get(0).message())
        .isEqualTo("أُتلفت البيانات الشخصية لهذا المتطوع، فلا تُسجَّل له موافقة");
    assertThat(consents.history(SARA)).hasSize(1);
    // Withdrawing what was given stays possible.
    consents.withdraw(SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
  }

  @Test
  void a_guardian_cannot_consent_for_an_adult_and_every_problem_is_named() {
    // Clock at 2026-05-01 in Riyadh. Sara born 2008-05-01: 18 completed Gregorian years that day.
    // Hind born 2008-05-02: 17 years until the next day.
    TestClock clock = new TestClock(Instant.parse("2026-04-30T21:00:00Z")); // 00:00 in Riyadh
    ConsentRegister consents = register(clock);
    vault.put(SARA, born("2008-05-01"));
    vault.put(HIND, born("2008-05-02"));
    RuleException adult = refusal(consents, SARA, Purpose.LOCATION_MATCHING, ConsentGiver.GUARDIAN);
    assertThat(codes(adult)).containsExactly("privacy.consent.guardianForAdult");
    assertThat(adult.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "a guardian cannot give consent for this volunteer, who is 18 or older: the volunteer"
                + " gives it");
    assertThat(consents.history(SARA)).isEmpty();
    give(consents, HIND, Purpose.LOCATION_MATCHING, ConsentGiver.GUARDIAN);
    // A day later Hind is 18 too (one minute before midnight in Riyadh she is still 17).
    clock.advance(Duration.ofDays(1).minusMinutes(1));
    give(consents, HIND, Purpose.PARTNER_CONTACT, ConsentGiver.GUARDIAN);
    clock.advance(Duration.ofMinutes(1));
    RuleException both = refusal(consents, HIND, Purpose.VOLUNTEERING, ConsentGiver.GUARDIAN);
    // VOLUNTEERING rests on the volunteering relationship, not consent: both problems at once.
    assertThat(codes(both))
        .containsExactly("privacy.purpose.noConsentNeeded", "privacy.consent.guardianForAdult");
    give(consents, HIND, Purpose.BACKGROUND_CHECK, ConsentGiver.VOLUNTEER);
    // A volunteer whose birth date the vault does not hold is not refused (the caller checks).
    give(consents, OMAR, Purpose.LOCATION_MATCHING, ConsentGiver.GUARDIAN);
  }

  @Test
  void a_hijri_birth_date_counts_too() {
    // 1430-01-01 AH is 2008-12-29 (Umm al-Qura); on 2026-12-29 in Riyadh: 18 Gregorian years.
    TestClock clock = new TestClock(Instant.parse("2026-12-28T21:00:00Z"));
    ConsentRegister consents = register(clock);
    vault.put(SARA, born("1430-01-01 AH"));
    assertThat(codes(refusal(consents, SARA, Purpose.LOCATION_MATCHING, ConsentGiver.GUARDIAN)))
        .containsExactly("privacy.consent.guardianForAdult");
    clock.set(Instant.parse("2026-12-28T20:59:00Z")); // 23:59 on 2026-12-28 in Riyadh: 17
    give(consents, SARA, Purpose.PARTNER_CONTACT, ConsentGiver.GUARDIAN);
  }

  @Test
  void a_vault_subject_without_a_last_activity_is_listed_never_erased() {
    vault.put(SARA, born("1990-04-02"));
    vault.put(OMAR, born("1985-01-15"));
    TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
    Map<VolunteerId, Instant> last = Map.of(OMAR, Instant.parse("2026-01-01T00:00:00Z"));
    RetentionSweep sweep =
        PRIVACY.retentionSweep(
            List.of(RetentionSchedule.keep(RecordClass.PERSONAL_DATA, Period.ofYears(2))),
            List.of(PRIVACY.vaultRetention(vault, s -> Optional.ofNullable(last.get(s)))),
            List.of(),
            clock);
    RetentionReport plan = sweep.plan();
    assertThat(plan.undated())
        .containsExactly(new RetentionReport.Undated(RecordClass.PERSONAL_DATA, SARA));
    assertThat(plan.destroyed()).extracting(r -> r.subject()).containsExactly(OMAR);
    RetentionReport run = sweep.run();
    assertThat(run.undated()).isEqualTo(plan.undated());
    assertThat(vault.erased(OMAR)).isTrue();
    assertThat(vault.erased(SARA)).isFalse();
    assertThat(vault.read(SARA)).isPresent();
  }
}
