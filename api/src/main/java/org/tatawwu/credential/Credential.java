package org.tatawwu.credential;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.volunteer.VolunteerId;

/**
 * One volunteer's credential: its type, the evidence behind it, the day of issue and the last valid
 * day, where it stands and who verified it when. Records come from a {@link CredentialRegistry},
 * which moves them between statuses.
 *
 * <p>{@link #toString()} shows ids, type and status only. This class is immutable and thread-safe.
 *
 * @param id the credential's identifier, not null
 * @param volunteer the holder, not null
 * @param type the credential type, not null
 * @param evidence what supports it, not null
 * @param issuedOn the day of issue, not null
 * @param expiresOn the last valid day; empty when it does not expire
 * @param status where it stands, not null
 * @param verification who verified it and when; present exactly when verified or later revoked
 */
public record Credential(
    CredentialId id,
    VolunteerId volunteer,
    CredentialType type,
    Evidence evidence,
    LocalDate issuedOn,
    Optional<LocalDate> expiresOn,
    CredentialStatus status,
    Optional<Verification> verification) {
  /**
   * Checks the components: expiry not before issue, a verification exactly when verified.
   *
   * @param id the credential's identifier, not null
   * @param volunteer the holder, not null
   * @param type the credential type, not null
   * @param evidence what supports it, not null
   * @param issuedOn the day of issue, not null
   * @param expiresOn the last valid day; empty when it does not expire
   * @param status where it stands, not null
   * @param verification who verified it and when; present exactly when verified or later revoked
   */
  public Credential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(expiresOn, "expiresOn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(verification, "verification");
    if (expiresOn.isPresent() && expiresOn.get().isBefore(issuedOn)) {
      throw new IllegalArgumentException("a credential cannot expire before it is issued");
    }
    boolean verifiedOnce =
        status == CredentialStatus.VERIFIED || status == CredentialStatus.REVOKED;
    if (verifiedOnce != verification.isPresent()) {
      throw new IllegalArgumentException("a credential has a verification exactly when verified");
    }
  }

  /**
   * Returns whether the credential counts on a day: verified, issued on or before the day and not
   * past its last valid day.
   *
   * @param day the day, not null
   * @return true when it counts
   */
  public boolean isValidOn(LocalDate day) {
    return status == CredentialStatus.VERIFIED
        && !day.isBefore(issuedOn)
        && expiresOn.map(e -> !day.isAfter(e)).orElse(true);
  }

  /**
   * Returns a copy in another status, with a verification.
   *
   * @param next the status, not null
   * @param by the verification, empty unless {@code next} is verified or revoked
   * @return the changed copy
   * @throws IllegalArgumentException if the verification does not fit the status
   */
  public Credential withStatus(CredentialStatus next, Optional<Verification> by) {
    return new Credential(id, volunteer, type, evidence, issuedOn, expiresOn, next, by);
  }

  @Override
  public String toString() {
    return "Credential[id="
        + id
        + ", volunteer="
        + volunteer
        + ", type="
        + type.id()
        + ", status="
        + status
        + "]";
  }
}
