package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tatawwu.impl.validation.Fixtures.CLOCK;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.Field;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.opportunity.OpportunityDraft;
import org.tatawwu.organization.EntityType;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * Field codes are checked against the catalogue where they enter (a registration's interests, an
 * opportunity draft's field and sub-field), and a form with any problem makes no volunteer and no
 * opportunity.
 */
class FormsBecomeValuesOnlyWhenValidTest {
  private static final String FIELD_CODE = "constraints.FieldCodeText";
  private final InputValidator validator = Tatawwu.validator(CLOCK);

  private static VolunteerRegistration interestedIn(List<String> fields) {
    return VolunteerRegistration.builder()
        .from(Fixtures.validRegistration())
        .fieldsOfInterest(fields)
        .build();
  }

  @Test
  void interests_must_be_catalogue_codes_written_as_the_catalogue_writes_them() {
    // The default catalogue has HEALTH and EDU.TUTORING; "health" is not "HEALTH".
    VolunteerRegistration r =
        interestedIn(List.of("HEALTH", "health", "EDU.TUTORING", "HEALTHX", "a b"));
    List<Problem> problems = validator.validate(r, Locale.ENGLISH);
    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("fieldsOfInterest[1].<list element>", FIELD_CODE),
            org.assertj.core.groups.Tuple.tuple("fieldsOfInterest[3].<list element>", FIELD_CODE),
            org.assertj.core.groups.Tuple.tuple("fieldsOfInterest[4].<list element>", FIELD_CODE));
    assertThat(validator.validate(r, InputValidator.ARABIC))
        .filteredOn(p -> p.code().equals(FIELD_CODE))
        .hasSize(3)
        .allSatisfy(p -> assertThat(p.message()).contains("دليل المجالات"));
  }

  @Test
  void a_blank_interest_is_reported_once_as_blank() {
    assertThat(validator.validate(interestedIn(List.of(" ")), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly("NotBlank");
  }

  @Test
  void a_platform_catalogue_replaces_the_default_one() {
    FieldCatalogue own =
        FieldCatalogue.of(
            List.of(
                new Field(
                    FieldCode.of("ARCHERY"), BilingualText.of("الرماية", "Archery"), List.of())));
    InputValidator platform = Tatawwu.validator(CLOCK, own);
    assertThat(platform.validate(interestedIn(List.of("ARCHERY")), Locale.ENGLISH)).isEmpty();
    assertThat(platform.validate(interestedIn(List.of("HEALTH")), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly(FIELD_CODE);
    assertThat(validator.validate(interestedIn(List.of("ARCHERY")), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly(FIELD_CODE);
  }

  @Test
  void an_opportunity_draft_names_catalogue_fields() {
    OpportunityDraft lower =
        OpportunityDraft.builder()
            .from(
                Fixtures.draft(
                    EntityType.NON_PROFIT_ASSOCIATION, true, Fixtures.validDraft().shifts()))
            .field("social")
            .subField("SOCIAL.NOPE")
            .build();
    assertThat(validator.validate(lower, Locale.ENGLISH))
        .extracting(Problem::path, Problem::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple("field", FIELD_CODE),
            org.assertj.core.groups.Tuple.tuple("subField", FIELD_CODE));
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> lower.toOpportunity(validator));
    assertThat(refused.codes()).contains(FIELD_CODE);
  }

  @Test
  void an_invalid_registration_makes_no_volunteer_and_names_every_problem() {
    // A 16-year-old (on the clock's day) with no guardian, who did not accept the charter and
    // names a field the catalogue does not have: three problems, one exception.
    VolunteerRegistration r =
        VolunteerRegistration.builder()
            .from(
                Fixtures.registration(
                    "1234567897", "سالم", "Salem", "0501234567", null, LocalDate.of(2008, 3, 2)))
            .charterAccepted(false)
            .fieldsOfInterest(List.of("health"))
            .build();
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class, () -> r.toVolunteer(VolunteerId.of("V9"), validator));
    assertThat(refused.codes())
        .containsExactlyInAnyOrder(
            "volunteer.GuardianConsentForMinors",
            "volunteer.VolunteerRegistration.charter",
            FIELD_CODE);
    assertThat(refused.problems(InputValidator.ARABIC)).hasSize(3);
    assertThat(refused.getMessage()).doesNotContain("1234567897", "Salem", "2008");
  }

  @Test
  void a_valid_registration_is_registered_at_the_validators_clock() {
    VolunteerRegistration minorWithGuardian =
        VolunteerRegistration.builder()
            .from(
                Fixtures.registration(
                    "1234567897", "سالم", "Salem", "0501234567", null, LocalDate.of(2008, 3, 2)))
            .guardianNationalId("1000000008")
            .guardianCharterSigned(true)
            .build();
    var v = minorWithGuardian.toVolunteer(VolunteerId.of("V10"), validator);
    assertThat(v.guardianConsent()).isPresent();
    assertThat(v.guardianConsent().orElseThrow().recordedAt()).isEqualTo(CLOCK.instant());
  }
}
