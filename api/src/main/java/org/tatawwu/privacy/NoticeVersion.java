package org.tatawwu.privacy;

import org.tatawwu.text.Identifiers;

/**
 * The version of the privacy notice or volunteer charter a consent was given under, for example
 * {@code charter-2026.1}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record NoticeVersion(String value) {
  /**
   * Checks the version.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}; not null
   * @throws org.tatawwu.validation.InvalidValueException with code {@code noticeVersion.format} if
   *     the rule is broken
   */
  public NoticeVersion {
    Identifiers.check(value, "noticeVersion");
  }

  /**
   * Returns a notice version.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}; not null
   * @return the version
   * @throws org.tatawwu.validation.InvalidValueException with code {@code noticeVersion.format} if
   *     the rule is broken
   */
  public static NoticeVersion of(String value) {
    return new NoticeVersion(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
