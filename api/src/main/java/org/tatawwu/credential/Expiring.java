package org.tatawwu.credential;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Something of a volunteer's that stops counting soon: a verified credential or a cleared
 * background check, with its last valid day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param volunteer the holder, not null
 * @param credential the credential, when it is one
 * @param backgroundCheck the background check, when it is one
 * @param lastValidDay the last day it counts, not null
 */
public record Expiring(
    VolunteerId volunteer,
    Optional<CredentialId> credential,
    Optional<BackgroundCheckId> backgroundCheck,
    LocalDate lastValidDay) {
  /**
   * Checks that exactly one of credential and background check is given.
   *
   * @param volunteer the holder, not null
   * @param credential the credential, when it is one
   * @param backgroundCheck the background check, when it is one
   * @param lastValidDay the last day it counts, not null
   */
  public Expiring {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(lastValidDay, "lastValidDay");
    if (credential.isPresent() == backgroundCheck.isPresent()) {
      throw new IllegalArgumentException("either a credential or a background check");
    }
  }
}
