package org.tatawwu.privacy;

import java.time.Instant;
import java.util.Objects;
import org.tatawwu.volunteer.VolunteerId;

/**
 * One entry of a volunteer's consent history: a consent given to a purpose under a notice version,
 * or withdrawn. Entries are never changed; the consent in force at an instant is the last entry for
 * the purpose at or before it.
 *
 * <p>This class is immutable and thread-safe. {@link #toString()} holds no personal data beyond the
 * pseudonymous volunteer id.
 *
 * @param subject the volunteer the consent is about, not null
 * @param purpose the purpose, not null
 * @param notice the notice or charter version shown, not null
 * @param by who gave or withdrew it, not null
 * @param action given or withdrawn, not null
 * @param at when, not null
 */
public record ConsentRecord(
    VolunteerId subject,
    PurposeId purpose,
    NoticeVersion notice,
    ConsentGiver by,
    Action action,
    Instant at) {

  /** What an entry records. */
  public enum Action {
    /** Consent given. */
    GIVEN,
    /** Consent withdrawn. */
    WITHDRAWN
  }

  /**
   * Checks for nulls.
   *
   * @param subject the volunteer the consent is about, not null
   * @param purpose the purpose, not null
   * @param notice the notice or charter version shown, not null
   * @param by who gave or withdrew it, not null
   * @param action given or withdrawn, not null
   * @param at when, not null
   */
  public ConsentRecord {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
  }
}
