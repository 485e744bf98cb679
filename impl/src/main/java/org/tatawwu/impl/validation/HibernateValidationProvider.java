package org.tatawwu.impl.validation;

import java.time.Clock;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.spi.ValidationProviderSpi;
import org.tatawwu.validation.InputValidator;

/**
 * The reference {@link ValidationProviderSpi}: validators built on Hibernate Validator, with
 * Tatawwu's constraints and Arabic and English messages. Stateless and thread-safe.
 */
public final class HibernateValidationProvider implements ValidationProviderSpi {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public HibernateValidationProvider() {}

  @Override
  public InputValidator validator(Clock clock, FieldCatalogue catalogue) {
    return new HibernateInputValidator(clock, catalogue);
  }
}
