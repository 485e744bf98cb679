package org.tatawwu.impl.privacy;

import org.tatawwu.privacy.Privacy;
import org.tatawwu.spi.PrivacyProviderSpi;

/** Provides the privacy engines. Stateless and thread-safe. */
public final class DefaultPrivacyProvider implements PrivacyProviderSpi {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public DefaultPrivacyProvider() {}

  @Override
  public Privacy privacy() {
    return DefaultPrivacy.INSTANCE;
  }
}
