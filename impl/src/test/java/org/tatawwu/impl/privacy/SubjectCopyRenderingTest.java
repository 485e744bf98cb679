package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.NeedId;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.CopySources;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.SubjectCopy;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.Availability;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.WeeklySlot;

/** The volunteer's copy rendered for reading, compared line by line with a rendering by hand. */
class SubjectCopyRenderingTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  final TestClock clock = new TestClock(T0);
  final PersonalDataVault vault =
      PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());
  final ConsentRegister consents = PRIVACY.consentRegister(clock, Purpose.defaults());

  final Volunteer profile =
      Scenario.volunteer()
          .id(SARA)
          .putSkill(SkillCode.of("first-aid"), SkillLevel.BASIC)
          .addLanguage(LanguageCode.ARABIC)
          .availability(
              new Availability(
                  ZoneId.of("Asia/Riyadh"),
                  List.of(
                      new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
                  List.of(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))))
          .build();
  final Volunteer someoneElse = Scenario.volunteer().id(VolunteerId.of("V-200")).build();

  SubjectCopy copy() {
    Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.put(PersonalField.MOBILE, "+966501234567");
    m.put(PersonalField.NAME_ENGLISH, "Sara");
    vault.put(SARA, PersonalData.of(m));
    consents.give(SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("n-1"), ConsentGiver.VOLUNTEER);
    return PRIVACY.copy(
        SARA,
        CopySources.builder()
            .vault(vault)
            .consents(consents)
            .profiles(List.of(someoneElse, profile))
            .appraisals(
                List.of(
                    new Appraisal(
                        NeedId.of("need-1"),
                        SARA,
                        Appraisal.Direction.LEAD_OF_VOLUNTEER,
                        4,
                        "well done",
                        T0),
                    new Appraisal(
                        NeedId.of("need-2"),
                        SARA,
                        Appraisal.Direction.LEAD_OF_VOLUNTEER,
                        5,
                        "again",
                        T0.plusSeconds(60))))
            .build(),
        T0);
  }

  @Test
  void the_copy_takes_the_volunteers_own_profile() {
    SubjectCopy copy = copy();
    assertThat(copy.profile()).contains(profile);
    assertThat(copy.erased()).isFalse();
  }

  @Test
  void an_english_rendering_nests_each_section_by_indentation() {
    String expected =
        """
            Copy of the data held about volunteer V-100, produced at 2026-03-01T08:00:00Z

            Personal data
              Name in English: Sara
              Mobile number: +966501234567

            Volunteer profile
              id: V-100
              nationalId: 1234567897
              name:
                arabic: سارة
                english: Sara
              mobile: +966501234567
              email: —
              birthDate: 1995-05-05
              gender: FEMALE
              nationality: SA
              region: RIYADH
              city: —
              location: —
              skills:
                first-aid: BASIC
              fieldsOfInterest:
              languages:
                1. ar
              availability:
                zone: Asia/Riyadh
                weekly:
                  1.
                    day: MONDAY
                    from: 08:00
                    until: 12:00
                periods:
                  1.
                    first: 2026-01-01
                    last: 2026-06-30
              trainings:
              guardianConsent: —
              backgroundCheck: —
              status: REGISTERED

            Consents given and withdrawn
              1.
                subject: V-100
                purpose: location.matching
                notice: n-1
                by: VOLUNTEER
                action: GIVEN
                at: 2026-03-01T08:00:00Z

            Enrollments
              (none)

            Volunteer hours
              (none)

            Evidence of the hours (who recorded, approved or corrected them)
              (none)

            Certificates issued
              (none)

            Appraisals
              1.
                need: need-1
                volunteer: V-100
                direction: LEAD_OF_VOLUNTEER
                rating: 4
                comment: well done
                at: 2026-03-01T08:00:00Z
              2.
                need: need-2
                volunteer: V-100
                direction: LEAD_OF_VOLUNTEER
                rating: 5
                comment: again
                at: 2026-03-01T08:01:00Z

            Credentials
              (none)

            Background checks
              (none)

            Community Fund records as a beneficiary
              (none)
            """;
    SubjectCopy copy = copy();
    assertThat(PRIVACY.render(copy, Locale.ENGLISH)).isEqualTo(expected);
    assertThat(PRIVACY.render(copy, Locale.forLanguageTag("fr"))).isEqualTo(expected);
    assertThat(PRIVACY.render(copy, Locale.forLanguageTag("ar")))
        .startsWith(
            "نسخة من البيانات المحفوظة عن المتطوع V-100، أُعدّت في 2026-03-01T08:00:00Z\n\n")
        .doesNotContain("أُتلفت")
        .contains("\nالبيانات الشخصية\n  الاسم بالإنجليزية: Sara\n  رقم الجوال: +966501234567\n");
  }

  @Test
  void an_arabic_rendering_of_an_erased_volunteer_says_so_and_keeps_no_personal_data() {
    copy();
    vault.erase(SARA);
    SubjectCopy erased =
        PRIVACY.copy(
            SARA, CopySources.builder().vault(vault).profiles(List.of(profile)).build(), T0);
    assertThat(erased.profile()).isEmpty();
    String arabic = PRIVACY.render(erased, Locale.forLanguageTag("ar-SA"));
    assertThat(arabic)
        .startsWith(
            """
                نسخة من البيانات المحفوظة عن المتطوع V-100، أُعدّت في 2026-03-01T08:00:00Z
                أُتلفت البيانات الشخصية لهذا المتطوع بناءً على طلبه، ولا تحفظ السجلات أدناه إلا معرّفه المستعار.

                البيانات الشخصية
                  (لا يوجد)

                الملف التطوعي
                  (لا يوجد)
                """)
        .doesNotContain("Sara")
        .doesNotContain("966");
  }
}
