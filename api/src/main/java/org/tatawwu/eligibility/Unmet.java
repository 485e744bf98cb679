package org.tatawwu.eligibility;

import java.util.Map;
import java.util.Objects;

/**
 * One unmet criterion: a stable reason code and the facts that explain it (for example {@code
 * minimumAge=18}, {@code eligibleFrom=2026-03-01}). Arguments never hold personal data: ages and
 * dates derived from a birth date are given, the birth date is not.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the reason code, for example {@code age.belowMinimum}; not null
 * @param arguments named facts: strings, numbers, {@link java.time.LocalDate}s; not null
 */
public record Unmet(String code, Map<String, Object> arguments) {
  /**
   * Copies the arguments.
   *
   * @param code the reason code, for example {@code age.belowMinimum}; not null
   * @param arguments named facts: strings, numbers, {@link java.time.LocalDate}s; not null
   */
  public Unmet {
    Objects.requireNonNull(code, "code");
    arguments = Map.copyOf(arguments);
  }

  /**
   * Creates an unmet criterion without arguments.
   *
   * @param code the reason code, not null
   * @return the unmet criterion
   */
  public static Unmet of(String code) {
    return new Unmet(code, Map.of());
  }

  /**
   * Creates an unmet criterion with arguments.
   *
   * @param code the reason code, not null
   * @param arguments alternating names and values, not null
   * @return the unmet criterion
   */
  public static Unmet of(String code, Object... arguments) {
    if (arguments.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name-value pairs");
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map.Entry<String, Object>[] entries = new Map.Entry[arguments.length / 2];
    for (int i = 0; i < arguments.length; i += 2) {
      entries[i / 2] = Map.entry((String) arguments[i], arguments[i + 1]);
    }
    return new Unmet(code, Map.ofEntries(entries));
  }

  /**
   * Returns {@code Unmet[age.belowMinimum]}: the code only. The arguments can be derived from a
   * birth date ({@code eligibleFrom}, {@code adultOn}), so they never appear here.
   */
  @Override
  public String toString() {
    return "Unmet[" + code + "]";
  }
}
