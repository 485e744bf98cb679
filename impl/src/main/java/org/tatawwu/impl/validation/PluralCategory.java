package org.tatawwu.impl.validation;

import java.util.Locale;

/** The CLDR plural categories, named as in CLDR and in ICU message patterns. */
public enum PluralCategory {
  /** Arabic 0. */
  ZERO,
  /** Arabic and English 1. */
  ONE,
  /** Arabic 2. */
  TWO,
  /** Arabic 3 to 10 (and 103 to 110, ...). */
  FEW,
  /** Arabic 11 to 99 (and 111 to 199, ...). */
  MANY,
  /** Everything else: Arabic 100 to 102, 200, ...; English every number but 1. */
  OTHER;

  /**
   * Returns the keyword used in message patterns.
   *
   * @return {@code zero}, {@code one}, {@code two}, {@code few}, {@code many} or {@code other}
   */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }
}
