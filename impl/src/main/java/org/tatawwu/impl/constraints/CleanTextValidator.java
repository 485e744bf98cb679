package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.CleanText;
import org.tatawwu.text.SafeText;
import org.tatawwu.text.TextProblem;

/**
 * Validates {@link CleanText}: one violation per {@link TextProblem} found, each with its own
 * message, plus one when the text has more letters than allowed.
 */
public final class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {
  private int maxLetters = 200;

  /** Creates the validator (called by Hibernate Validator). */
  public CleanTextValidator() {}

  @Override
  public void initialize(CleanText annotation) {
    maxLetters = annotation.maxLetters();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Set<TextProblem> problems = SafeText.problems(value);
    boolean tooLong = SafeText.letterCount(value) > maxLetters;
    if (problems.isEmpty() && !tooLong) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (TextProblem p : problems) {
      context
          .buildConstraintViolationWithTemplate(
              "{org.tatawwu.constraints.CleanText." + p.code() + "}")
          .addConstraintViolation();
    }
    if (tooLong) {
      context
          .buildConstraintViolationWithTemplate("{org.tatawwu.constraints.CleanText.tooLong}")
          .addConstraintViolation();
    }
    return false;
  }
}
