package org.tatawwu.spi;

import org.tatawwu.recognition.RecognitionEngine;
import org.tatawwu.recognition.RecognitionPolicy;

/**
 * Provides recognition engines. Found with {@link java.util.ServiceLoader} by {@link
 * org.tatawwu.Tatawwu#recognition}; {@code tatawwu-impl} provides one.
 */
public interface RecognitionProviderSpi {
  /**
   * Creates an engine that applies a policy, with no service seen yet.
   *
   * @param policy the policy, not null
   * @return a thread-safe engine
   */
  RecognitionEngine recognitionEngine(RecognitionPolicy policy);
}
