package org.tatawwu.spi;

import org.tatawwu.eligibility.Criterion;
import org.tatawwu.eligibility.CriterionSpec;

/**
 * Supplies a custom eligibility criterion type. Register implementations with {@link
 * java.util.ServiceLoader} ({@code provides org.tatawwu.spi.CriterionProvider with ...} or {@code
 * META-INF/services}), or pass them to {@link
 * org.tatawwu.Tatawwu#eligibility(org.tatawwu.eligibility.EligibilityPolicy, java.util.List)}. A
 * custom type may not reuse a built-in type's name.
 */
public interface CriterionProvider {
  /**
   * Returns the criterion type this provider creates, as written in policies.
   *
   * @return the type, an identifier
   */
  String type();

  /**
   * Creates the criterion from its parameters.
   *
   * @param spec the criterion's spec, of this provider's type
   * @return an immutable, thread-safe criterion
   * @throws org.tatawwu.validation.InvalidValueException if a parameter is invalid
   */
  Criterion create(CriterionSpec spec);
}
