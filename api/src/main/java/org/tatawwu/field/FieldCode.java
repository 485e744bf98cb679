package org.tatawwu.field;

import org.tatawwu.text.Identifiers;

/**
 * The stable code of a field ({@code IT}) or sub-field ({@code IT.AI}); a sub-field's code starts
 * with its field's code and a dot.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the code, 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record FieldCode(String value) implements Comparable<FieldCode> {
  /**
   * Checks the code.
   *
   * @param value the code, 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public FieldCode {
    Identifiers.check(value, "fieldCode");
  }

  /**
   * Returns a field code.
   *
   * @param value the code, not null
   * @return the code
   * @throws org.tatawwu.validation.InvalidValueException if the code is malformed
   */
  public static FieldCode of(String value) {
    return new FieldCode(value);
  }

  /**
   * Returns the code of the top-level field: the part before the first dot.
   *
   * @return the field's code; this code for a top-level field
   */
  public FieldCode topLevel() {
    int dot = value.indexOf('.');
    return dot < 0 ? this : new FieldCode(value.substring(0, dot));
  }

  @Override
  public int compareTo(FieldCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
