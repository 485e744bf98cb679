package org.tatawwu.impl.constraints;

import jakarta.validation.ConstraintValidatorContext;

/** Replaces the default violation by one with a more specific message key. */
public final class Violations {
  private Violations() {}

  /**
   * Reports a violation with the given message key instead of the constraint's default message.
   *
   * @param context the validator context, not null
   * @param key the message key, without braces
   * @return false, to return from {@code isValid}
   */
  public static boolean fail(ConstraintValidatorContext context, String key) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
    return false;
  }

  /**
   * Reports a violation on a property of the validated bean.
   *
   * @param context the validator context, not null
   * @param key the message key, without braces
   * @param property the property name, not null
   * @return false
   */
  public static boolean failOn(ConstraintValidatorContext context, String key, String property) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate("{" + key + "}")
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }
}
