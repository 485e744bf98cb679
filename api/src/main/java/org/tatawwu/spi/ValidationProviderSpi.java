package org.tatawwu.spi;

import java.time.Clock;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.validation.InputValidator;

/**
 * Provides the validation capability: an {@link InputValidator} for the request types. Found with
 * {@link java.util.ServiceLoader}; {@code tatawwu-impl} provides one built on Hibernate Validator.
 *
 * <p>Implementations are stateless and thread-safe and have a public no-argument constructor.
 */
public interface ValidationProviderSpi {
  /**
   * Creates a validator for request types.
   *
   * @param clock the clock for time-dependent constraints ({@code @Past}, age rules), not null
   * @param catalogue the fields that {@link org.tatawwu.constraints.FieldCodeText} accepts, not
   *     null
   * @return a thread-safe validator, not null
   */
  InputValidator validator(Clock clock, FieldCatalogue catalogue);
}
