package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.hibernate.validator.constraints.Length;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;

/** The code of a problem, derived from its message template whatever shape the template has. */
class ProblemCodesTest {
  final InputValidator validator = Tatawwu.validator(Fixtures.CLOCK);

  // @NotNull is a validation rule on input that may be null, not a nullness claim.
  @SuppressWarnings("MultipleNullnessAnnotations")
  record Form(
      @NotNull(message = "give it") @Nullable String a,
      @Length(max = 2) @Nullable String b,
      @NotBlank(message = "{custom.key.message}") @Nullable String c,
      @NotBlank(message = "{org.tatawwu.constraints.RegionCode.message} please") @Nullable String d,
      @NotBlank(message = "see {org.tatawwu.constraints.RegionCode.message}") @Nullable String e,
      @NotBlank(message = "{custom.key}") @Nullable String f) {}

  @Test
  void codes_come_from_a_braced_key_and_otherwise_from_the_constraint() {
    Form form = new Form(null, "abc", " ", " ", " ", " ");
    String region = "must be one of the 13 region codes: SA-01 to SA-12, or SA-14";
    assertThat(validator.validate(form, Locale.ENGLISH))
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(
            tuple("a", "NotNull", "give it"),
            tuple("b", "constraints.Length", "length must be between 0 and 2"),
            tuple("c", "custom.key", "{custom.key.message}"),
            tuple("d", "NotBlank", region + " please"),
            tuple("e", "NotBlank", "see " + region),
            tuple("f", "custom.key", "{custom.key}"));
  }
}
