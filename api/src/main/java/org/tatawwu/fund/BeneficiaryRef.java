package org.tatawwu.fund;

import org.tatawwu.text.Identifiers;

/**
 * A beneficiary, minimised to a pseudonymous reference the association keeps (never a name,
 * national ID or phone). It is still personal data: {@link #toString()} redacts it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the association's reference, 1 to 64 ASCII letters, digits, {@code . _ : -}
 */
public record BeneficiaryRef(String value) {
  /**
   * Checks the value.
   *
   * @param value the association's reference, 1 to 64 ASCII letters, digits, {@code . _ : -}
   */
  public BeneficiaryRef {
    Identifiers.check(value, "beneficiaryRef");
  }

  /**
   * Returns the reference.
   *
   * @param value the value, not null
   * @return the reference
   */
  public static BeneficiaryRef of(String value) {
    return new BeneficiaryRef(value);
  }

  /** Returns {@code BeneficiaryRef[redacted]}. */
  @Override
  public String toString() {
    return "BeneficiaryRef[redacted]";
  }
}
