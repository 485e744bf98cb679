package org.tatawwu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

class SubjectCopyTest {
  static final VolunteerId SUBJECT = VolunteerId.of("V-1");
  static final Instant AT = Instant.parse("2025-05-01T08:00:00Z");

  static Volunteer.Builder volunteer() {
    return Volunteer.builder()
        .id(SUBJECT)
        .nationalId(NationalId.parse("1000000008"))
        .name(BilingualText.of("سارة", "Sara"))
        .mobile(MobileNumber.parse("0501234567"))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(2000, 1, 5)))
        .gender(Gender.FEMALE)
        .nationality(Nationality.SAUDI)
        .region(Region.RIYADH);
  }

  static SubjectCopy copy(
      boolean erased,
      Optional<PersonalData> data,
      Optional<Volunteer> profile,
      List<ConsentRecord> consents,
      List<Enrollment> enrollments) {
    return new SubjectCopy(
        SUBJECT,
        AT,
        erased,
        data,
        profile,
        consents,
        enrollments,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) Objects.requireNonNull(value);
  }

  @Test
  void an_erased_subject_prints_as_a_tree_of_plain_values() {
    Map<String, Object> tree =
        copy(true, Optional.empty(), Optional.empty(), List.of(), List.of()).toTree();
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("subject", "V-1");
    expected.put("producedAt", "2025-05-01T08:00:00Z");
    expected.put("erased", true);
    expected.put("personalData", null);
    expected.put("profile", null);
    for (String list :
        List.of(
            "consents",
            "enrollments",
            "hours",
            "hourEvidence",
            "certificates",
            "appraisals",
            "credentials",
            "backgroundChecks",
            "fundRecords")) {
      expected.put(list, List.of());
    }
    assertThat(tree).containsExactlyEntriesOf(expected);
  }

  @Test
  void values_become_strings_numbers_lists_and_maps() {
    Volunteer v =
        volunteer()
            .email(EmailAddress.parse("sara@example.org"))
            .location(GeoPoint.of(24.5, 46.25))
            .putSkill(SkillCode.of("first-aid"), SkillLevel.ADVANCED)
            .birthDate(BirthDate.ofHijri(HijriDate.of(1420, 9, 5)))
            .build();
    ConsentRecord consent =
        new ConsentRecord(
            SUBJECT,
            PurposeId.of("newsletter"),
            NoticeVersion.of("n-1"),
            ConsentGiver.VOLUNTEER,
            ConsentRecord.Action.GIVEN,
            AT);
    Enrollment enrollment =
        new Enrollment(
            SUBJECT,
            OpportunityNumber.parse("12345678901"),
            ShiftId.of("morning"),
            EnrollmentStatus.ATTENDED,
            AT);
    SubjectCopy c =
        copy(
            false,
            Optional.of(PersonalData.of(Map.of(PersonalField.MOBILE, "+966501234567"))),
            Optional.of(v),
            List.of(consent),
            List.of(enrollment));
    Map<String, Object> tree = c.toTree();
    assertThat(tree.get("erased")).isEqualTo(false);
    assertThat(tree.get("personalData")).isEqualTo(Map.of("MOBILE", "+966501234567"));
    Map<String, Object> profile = map(tree.get("profile"));
    assertThat(profile.get("id")).isEqualTo("V-1");
    assertThat(profile.get("nationalId")).isEqualTo("1000000008");
    assertThat(profile.get("name")).isEqualTo(Map.of("arabic", "سارة", "english", "Sara"));
    assertThat(profile.get("mobile")).isEqualTo("+966501234567");
    assertThat(profile.get("email")).isEqualTo("sara@example.org");
    assertThat(profile.get("birthDate")).isEqualTo("1420-09-05 AH");
    assertThat(profile.get("gender")).isEqualTo("FEMALE");
    assertThat(profile.get("city")).isNull();
    assertThat(profile.get("location")).isEqualTo(Map.of("latitude", 24.5, "longitude", 46.25));
    assertThat(profile.get("skills")).isEqualTo(Map.of("first-aid", "ADVANCED"));
    assertThat(profile.get("languages")).isEqualTo(List.of());
    assertThat(profile.get("availability"))
        .isEqualTo(Map.of("zone", "Asia/Riyadh", "weekly", List.of(), "periods", List.of()));
    assertThat(tree.get("consents"))
        .isEqualTo(
            List.of(
                Map.of(
                    "subject", "V-1",
                    "purpose", "newsletter",
                    "notice", "n-1",
                    "by", "VOLUNTEER",
                    "action", "GIVEN",
                    "at", "2025-05-01T08:00:00Z")));
    assertThat(tree.get("enrollments"))
        .isEqualTo(
            List.of(
                Map.of(
                    "volunteer", "V-1",
                    "opportunity", "12345678901",
                    "shift", "morning",
                    "status", "ATTENDED",
                    "since", "2025-05-01T08:00:00Z")));
    // The order of components is the record's.
    assertThat(new ArrayList<>(tree.keySet()).subList(0, 3))
        .containsExactly("subject", "producedAt", "erased");
  }

  @Test
  void a_gregorian_birth_date_prints_as_an_iso_date() {
    SubjectCopy c =
        copy(false, Optional.empty(), Optional.of(volunteer().build()), List.of(), List.of());
    Map<String, Object> profile = map(c.toTree().get("profile"));
    assertThat(profile.get("birthDate")).isEqualTo("2000-01-05");
  }

  @Test
  void to_string_counts_the_records_and_names_no_personal_data() {
    SubjectCopy c =
        copy(
            false,
            Optional.of(PersonalData.of(Map.of(PersonalField.MOBILE, "+966501234567"))),
            Optional.of(volunteer().build()),
            List.of(),
            List.of(
                new Enrollment(
                    SUBJECT,
                    OpportunityNumber.parse("12345678901"),
                    ShiftId.of("morning"),
                    EnrollmentStatus.APPLIED,
                    AT)));
    assertThat(c.toString())
        .isEqualTo(
            "SubjectCopy[subject=V-1, erased=false, consents=0, enrollments=1, hours=0,"
                + " certificates=0, appraisals=0, fundRecords=0]");
  }
}
