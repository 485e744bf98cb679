package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.CleanText;
import org.tatawwu.text.BilingualText;
import org.tatawwu.text.SafeText;
import org.tatawwu.text.TextProblem;

/**
 * Validates {@link CleanText}: one violation per {@link TextProblem} found, each with its own
 * message (found in the text as typed or as normalised), plus one when the text has more letters
 * than allowed and one when it has more characters than allowed.
 */
public final class CleanTextValidator implements ConstraintValidator<CleanText, CharSequence> {
  private int maxLetters = 200;
  private int maxLength = BilingualText.MAX_LENGTH;

  /** Creates the validator (called by Hibernate Validator). */
  public CleanTextValidator() {}

  @Override
  public void initialize(CleanText annotation) {
    maxLetters = annotation.maxLetters();
    maxLength = annotation.maxLength();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Set<TextProblem> problems = EnumSet.noneOf(TextProblem.class);
    problems.addAll(SafeText.problems(value));
    boolean tooManyCharacters = value.length() > maxLength;
    if (!tooManyCharacters) {
      // BilingualText checks the normalised text: whatever it finds there is reported too.
      problems.addAll(SafeText.problems(SafeText.normalize(value)));
    }
    boolean tooLong = SafeText.letterCount(value) > maxLetters;
    if (problems.isEmpty() && !tooLong && !tooManyCharacters) {
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
    if (tooManyCharacters) {
      context
          .buildConstraintViolationWithTemplate(
              "{org.tatawwu.constraints.CleanText.tooManyCharacters}")
          .addConstraintViolation();
    }
    return false;
  }
}
