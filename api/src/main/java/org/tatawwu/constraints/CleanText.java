package org.tatawwu.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text safe to store and show: not blank, no bidi controls, zero-width or control characters, at
 * least one letter or digit (so not tatweel alone), at most {@link #maxLetters()} letters and at
 * most {@link #maxLength()} characters, spaces included. The text is checked as typed and as {@link
 * org.tatawwu.text.SafeText#normalize(CharSequence) normalised}, so that text it accepts makes a
 * {@link org.tatawwu.text.BilingualText}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {
  /**
   * The message template.
   *
   * @return the key of the localised message
   */
  String message() default "{org.tatawwu.constraints.CleanText.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The most letters (code points that are letters or digits, diacritics not counted).
   *
   * @return 200 by default
   */
  int maxLetters() default 200;

  /**
   * The most characters (UTF-16 units) as typed, white space included; by default {@link
   * org.tatawwu.text.BilingualText#MAX_LENGTH}, the most a {@link org.tatawwu.text.BilingualText}
   * part takes.
   *
   * @return 10,000 by default
   */
  int maxLength() default 10_000;
}
