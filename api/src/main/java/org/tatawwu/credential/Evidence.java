package org.tatawwu.credential;

import org.tatawwu.text.Identifiers;

/**
 * What supports a credential: a kind of document and a reference to it in the caller's document
 * store (never the document itself).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind of evidence, for example {@code licence-scan}; an identifier
 * @param reference the caller's reference to the document, for example a digest; an identifier
 */
public record Evidence(String kind, String reference) {
  /**
   * Checks both identifiers.
   *
   * @param kind the kind of evidence, for example {@code licence-scan}; an identifier
   * @param reference the caller's reference to the document, for example a digest; an identifier
   */
  public Evidence {
    Identifiers.check(kind, "evidenceKind");
    Identifiers.check(reference, "evidenceReference");
  }

  /**
   * Returns evidence.
   *
   * @param kind the kind, an identifier
   * @param reference the reference, an identifier
   * @return the evidence
   */
  public static Evidence of(String kind, String reference) {
    return new Evidence(kind, reference);
  }
}
