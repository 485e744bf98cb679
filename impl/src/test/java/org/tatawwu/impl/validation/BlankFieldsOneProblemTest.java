package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * A required field left blank or out is one problem, {@code NotBlank}: the format checks on the
 * same field (Saudi mobile, region code) pass over a blank or missing value instead of adding a
 * second problem.
 */
class BlankFieldsOneProblemTest {
  final InputValidator validator = Tatawwu.validator(Fixtures.CLOCK);

  @Test
  void a_blank_mobile_and_a_missing_region_are_one_problem_each() {
    VolunteerRegistration r =
        VolunteerRegistration.builder()
            .nationalId("1234567897")
            .nameArabic("سارة العتيبي")
            .nameEnglish("Sara Al-Otaibi")
            .mobile("   ")
            .email("sara@example.org")
            .birthDateHijri("1410-02-15")
            .gender(Gender.FEMALE)
            .region(null)
            .fieldsOfInterest(List.of("HEALTH"))
            .charterAccepted(true)
            .guardianCharterSigned(false)
            .build();
    List<Problem> problems = validator.validate(r, Locale.ENGLISH);
    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            Tuple.tuple("mobile", "NotBlank"), Tuple.tuple("region", "NotBlank"));
  }
}
