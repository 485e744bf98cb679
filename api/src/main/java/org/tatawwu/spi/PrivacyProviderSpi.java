package org.tatawwu.spi;

import org.tatawwu.privacy.Privacy;

/**
 * Provides the privacy engines. Found with {@link java.util.ServiceLoader} by {@link
 * org.tatawwu.Tatawwu#privacy()}; {@code tatawwu-impl} provides one.
 */
public interface PrivacyProviderSpi {
  /**
   * Returns the privacy engines.
   *
   * @return an immutable, thread-safe factory
   */
  Privacy privacy();
}
