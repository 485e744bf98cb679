package org.tatawwu.incident;

import org.tatawwu.text.Identifiers;

/**
 * The identifier of an incident, for example {@code FLOOD-2026-JZ-01}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record IncidentId(String value) implements Comparable<IncidentId> {
  /**
   * Checks the identifier.
   *
   * @param value 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public IncidentId {
    Identifiers.check(value, "incidentId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws org.tatawwu.validation.InvalidValueException if the text is not an identifier
   */
  public static IncidentId of(String value) {
    return new IncidentId(value);
  }

  @Override
  public int compareTo(IncidentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
