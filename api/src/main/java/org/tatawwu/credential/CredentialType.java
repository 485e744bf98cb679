package org.tatawwu.credential;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.text.BilingualText;
import org.tatawwu.text.Identifiers;

/**
 * A kind of credential: who issues it, how long it stays valid after issue, and the verification
 * level a verified credential of this kind establishes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the type's identifier, not null
 * @param name the name in Arabic and English, not null
 * @param issuer the issuing authority's identifier, for example {@code scfhs}; an identifier
 * @param validity how long a credential stays valid after issue; empty when it does not expire
 * @param level the level a verified credential of this type establishes, not null
 */
public record CredentialType(
    CredentialTypeId id,
    BilingualText name,
    String issuer,
    Optional<Period> validity,
    VerificationLevel level) {
  /**
   * Checks the components: the validity, when given, is positive.
   *
   * @param id the type's identifier, not null
   * @param name the name in Arabic and English, not null
   * @param issuer the issuing authority's identifier, for example {@code scfhs}; an identifier
   * @param validity how long a credential stays valid after issue; empty when it does not expire
   * @param level the level a verified credential of this type establishes, not null
   */
  public CredentialType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Identifiers.check(issuer, "issuer");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(level, "level");
    if (validity.isPresent() && (validity.get().isNegative() || validity.get().isZero())) {
      throw new IllegalArgumentException("a credential type's validity is positive");
    }
  }

  /**
   * Returns the expiry of a credential of this type issued on a day: the day before the validity
   * has passed.
   *
   * @param issuedOn the day of issue, not null
   * @return the last valid day, or empty when the type does not expire
   */
  public Optional<LocalDate> lastValidDay(LocalDate issuedOn) {
    Objects.requireNonNull(issuedOn, "issuedOn");
    return validity.map(p -> issuedOn.plus(p).minusDays(1));
  }
}
