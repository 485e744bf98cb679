package org.tatawwu.impl.recognition;

import org.tatawwu.recognition.RecognitionEngine;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.spi.RecognitionProviderSpi;

/** Provides {@link DefaultRecognitionEngine}s. Stateless and thread-safe. */
public final class DefaultRecognitionProvider implements RecognitionProviderSpi {
  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public DefaultRecognitionProvider() {}

  @Override
  public RecognitionEngine recognitionEngine(RecognitionPolicy policy) {
    return new DefaultRecognitionEngine(policy);
  }
}
