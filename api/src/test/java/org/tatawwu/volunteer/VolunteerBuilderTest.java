package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;

/**
 * The generated builder and copy methods of {@link Volunteer} and {@link VolunteerRegistration}.
 */
class VolunteerBuilderTest {
  static Volunteer.Builder complete() {
    return Volunteer.builder()
        .id(VolunteerId.of("V-1"))
        .nationalId(NationalId.parse("1000000008"))
        .name(BilingualText.of("سارة", "Sara"))
        .mobile(MobileNumber.parse("0501234567"))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(2000, 1, 1)))
        .gender(Gender.FEMALE)
        .nationality(Nationality.SAUDI)
        .region(Region.RIYADH);
  }

  @Test
  void names_every_missing_mandatory_part_at_once() {
    assertThatThrownBy(() -> Volunteer.builder().region(Region.RIYADH).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build Volunteer, some of required attributes are not set"
                + " [id, nationalId, name, mobile, birthDate, gender, nationality]");
  }

  @Test
  void states_its_defaults_and_leaves_optional_parts_empty() {
    Volunteer v = complete().build();
    assertThat(v.availability()).isEqualTo(Availability.ALWAYS);
    assertThat(v.status()).isEqualTo(VolunteerStatus.REGISTERED);
    assertThat(v.email()).isEmpty();
    assertThat(v.guardianConsent()).isEmpty();
    assertThat(v.skills()).isEmpty();
  }

  @Test
  void collects_collection_parts_one_by_one() {
    Volunteer v =
        complete()
            .addFieldsOfInterest(FieldCode.of("HEALTH"))
            .addFieldsOfInterest(FieldCode.of("RELIEF"))
            .addLanguage(LanguageCode.ARABIC)
            .putSkill(SkillCode.of("first-aid"), SkillLevel.EXPERT)
            .build();
    assertThat(v.fieldsOfInterest())
        .containsExactlyInAnyOrder(FieldCode.of("HEALTH"), FieldCode.of("RELIEF"));
    assertThat(v.languages()).containsExactly(LanguageCode.ARABIC);
    assertThat(v.skills()).containsEntry(SkillCode.of("first-aid"), SkillLevel.EXPERT);
  }

  @Test
  void copies_change_one_part_and_keep_the_rest() {
    Volunteer v = complete().email(EmailAddress.parse("sara@example.org")).build();
    Volunteer moved = v.withRegion(Region.TABUK).withStatus(VolunteerStatus.SUSPENDED);
    assertThat(moved.region()).isEqualTo(Region.TABUK);
    assertThat(moved.status()).isEqualTo(VolunteerStatus.SUSPENDED);
    assertThat(moved.email()).isEqualTo(v.email());
    assertThat(moved.nationalId()).isEqualTo(v.nationalId());
    assertThat(v.region()).isEqualTo(Region.RIYADH);
    assertThat(Volunteer.builder().from(v).build()).isEqualTo(v);
    assertThat(v.withEmail(Optional.empty()).email()).isEmpty();
  }

  @Test
  void a_registration_builder_leaves_missing_text_to_the_validator() {
    VolunteerRegistration empty = VolunteerRegistration.builder().build();
    assertThat(empty.nationalId()).isNull();
    assertThat(empty.fieldsOfInterest()).isEmpty();
    assertThat(empty.charterAccepted()).isFalse();
  }
}
