package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.Tatawwu;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.NeedId;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.CopySources;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.SubjectCopy;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A volunteer's copy is complete: every value written about them, through any source, appears in
 * the copy, and nothing of another volunteer's does.
 */
class SubjectCopyPropertiesTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final VolunteerId ME = VolunteerId.of("V-me");
  static final VolunteerId OTHER = VolunteerId.of("V-other");
  static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
  static final List<EnrollmentStatus> STATUSES = List.of(EnrollmentStatus.values());
  static final List<PurposeId> CONSENTABLE =
      List.of(Purpose.LOCATION_MATCHING, Purpose.BACKGROUND_CHECK, Purpose.PARTNER_CONTACT);

  /** Words of Arabic and Latin letters, digits and punctuation, 1 to 40 characters. */
  static Gen<String> words() {
    return strings()
        .betweenCodePoints(0x20, 0x7e)
        .ofLengthBetween(1, 20)
        .zip(
            strings().betweenCodePoints(0x0621, 0x064a).ofLengthBetween(0, 20),
            (a, b) -> "w" + a + b);
  }

  /** One case: the values to write, as indexes and texts. */
  record Case(
      List<String> personal, List<Integer> consentSteps, List<String> comments, int enrollments) {}

  /**
   * A value of each field's kind, in {@link PersonalField} order: national ID, Arabic and English
   * names, mobile, e-mail, birth date, home location, guardian's ID.
   */
  static Gen<List<String>> personalValues() {
    return integers()
        .between(0, 9_999_999)
        .zip(
            words(),
            words(),
            integers().between(0, 18_000),
            (n, ar, en, day) ->
                List.of(
                    String.format("1%09d", n),
                    ar,
                    en,
                    String.format("+96650%07d", n),
                    "u" + n + "@example.sa",
                    java.time.LocalDate.of(1960, 1, 1).plusDays(day).toString(),
                    "24." + n % 1000 + ",46." + n % 997,
                    String.format("2%09d", n)));
  }

  static Gen<Case> cases() {
    return personalValues()
        .zip(
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 12),
            lists().of(words()).ofSizeBetween(0, 4),
            integers().between(0, 4),
            Case::new);
  }

  /** Every leaf of a tree, as text. */
  static List<String> leaves(@Nullable Object tree) {
    List<String> out = new ArrayList<>();
    collect(tree, out);
    return out;
  }

  private static void collect(@Nullable Object v, List<String> out) {
    if (v instanceof Map<?, ?> m) {
      m.values().forEach(x -> collect(x, out));
    } else if (v instanceof List<?> l) {
      l.forEach(x -> collect(x, out));
    } else if (v != null) {
      out.add(v.toString());
    }
  }

  @Test
  void every_value_written_appears_in_the_copy_and_no_one_elses() {
    qt().withExamples(60)
        .forAll(cases())
        .checkAssert(
            c -> {
              TestClock clock = new TestClock(T0);
              PersonalDataVault vault =
                  PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());
              ConsentRegister consents = PRIVACY.consentRegister(clock, Purpose.defaults());
              List<String> written = new ArrayList<>();

              Map<PersonalField, String> mine = new EnumMap<>(PersonalField.class);
              PersonalField[] fields = PersonalField.values();
              for (int i = 0; i < fields.length; i++) {
                mine.put(fields[i], c.personal().get(i));
              }
              vault.put(ME, PersonalData.of(mine));
              written.addAll(mine.values());
              Map<PersonalField, String> theirs = new EnumMap<>(PersonalField.class);
              theirs.put(PersonalField.NAME_ENGLISH, "zzOTHER-NAME");
              vault.put(OTHER, PersonalData.of(theirs));

              List<String> expectedConsents = new ArrayList<>();
              for (int step : c.consentSteps()) {
                clock.advance(Duration.ofMinutes(1));
                PurposeId p = CONSENTABLE.get(step % 3);
                boolean inForce = consents.inForce(ME, p, clock.instant());
                if (step < 3 || !inForce) {
                  consents.give(ME, p, NoticeVersion.of("n-" + step), ConsentGiver.VOLUNTEER);
                  expectedConsents.add("GIVEN " + p + " n-" + step + " " + clock.instant());
                } else {
                  consents.withdraw(ME, p, ConsentGiver.GUARDIAN);
                  expectedConsents.add("WITHDRAWN " + p + " " + clock.instant());
                }
              }
              consents.give(
                  OTHER,
                  Purpose.PARTNER_CONTACT,
                  NoticeVersion.of("zzOTHER-NOTICE"),
                  ConsentGiver.VOLUNTEER);

              List<Appraisal> appraisals = new ArrayList<>();
              for (int i = 0; i < c.comments().size(); i++) {
                appraisals.add(
                    new Appraisal(
                        NeedId.of("need-" + i),
                        ME,
                        Appraisal.Direction.LEAD_OF_VOLUNTEER,
                        1 + i % 5,
                        c.comments().get(i),
                        T0.plusSeconds(i)));
                written.add(c.comments().get(i));
                written.add("need-" + i);
              }
              appraisals.add(
                  new Appraisal(
                      NeedId.of("need-x"),
                      OTHER,
                      Appraisal.Direction.LEAD_OF_VOLUNTEER,
                      3,
                      "zzOTHER-COMMENT",
                      T0));
              List<Enrollment> enrollments = new ArrayList<>();
              for (int i = 0; i < c.enrollments(); i++) {
                enrollments.add(
                    new Enrollment(
                        ME,
                        OpportunityNumber.parse(String.format("2026%07d", i)),
                        ShiftId.of("shift-" + i),
                        STATUSES.get(i % STATUSES.size()),
                        T0.plusSeconds(60L * i)));
                written.add("shift-" + i);
                written.add(String.format("2026%07d", i));
              }
              enrollments.add(
                  new Enrollment(
                      OTHER,
                      OpportunityNumber.parse("20269999999"),
                      ShiftId.of("zzOTHER-SHIFT"),
                      EnrollmentStatus.ACCEPTED,
                      T0));

              SubjectCopy copy =
                  PRIVACY.copy(
                      ME,
                      CopySources.builder()
                          .vault(vault)
                          .consents(consents)
                          .appraisals(appraisals)
                          .enrollments(enrollments)
                          .build(),
                      clock.instant());
              List<String> leaves = leaves(copy.toTree());
              assertThat(leaves).containsAll(written);
              assertThat(leaves).noneMatch(l -> l.startsWith("zzOTHER") || l.equals("20269999999"));
              List<String> consentLines = new ArrayList<>();
              for (Object entry : (List<?>) Objects.requireNonNull(copy.toTree().get("consents"))) {
                Map<?, ?> m = (Map<?, ?>) entry;
                consentLines.add(
                    m.get("action")
                        + " "
                        + m.get("purpose")
                        + ("GIVEN".equals(m.get("action")) ? " " + m.get("notice") : "")
                        + " "
                        + m.get("at"));
              }
              assertThat(consentLines).isEqualTo(expectedConsents);
              String english = PRIVACY.render(copy, Locale.ENGLISH);
              String arabic = PRIVACY.render(copy, Locale.forLanguageTag("ar"));
              for (String w : written) {
                assertThat(english).contains(w);
                assertThat(arabic).contains(w);
              }
              assertThat(english + arabic).doesNotContain("zzOTHER");
            });
  }
}
