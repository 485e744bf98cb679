package org.tatawwu.recognition;

import java.util.List;
import java.util.Set;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Follows the hour ledger and keeps each volunteer's awards equal to what the policy's rules give
 * for their approved service. Obtain one from {@link org.tatawwu.Tatawwu#recognition}.
 *
 * <p>Contract: after any sequence of operations, {@link #awards(VolunteerId)} holds exactly the
 * rules the volunteer's current approved service meets (a correction replaces what it supersedes);
 * {@link #apply} reports the difference it made, so an award is reported once however often it is
 * confirmed, and an operation applied again (same entry, same content) reports nothing.
 * Implementations are thread-safe.
 */
public interface RecognitionEngine {
  /**
   * Returns the policy this engine applies.
   *
   * @return the policy
   */
  RecognitionPolicy policy();

  /**
   * Applies one ledger operation.
   *
   * @param operation the operation, not null
   * @return the awards it gave and took back, in the policy's rule order; empty when nothing
   *     changed
   * @throws org.tatawwu.validation.InvalidValueException with code {@code recognition.conflict} if
   *     the operation contradicts the service seen so far (an entry approved again with other
   *     content, a correction of an entry never approved or already superseded, or of another
   *     volunteer's entry); nothing is changed then
   */
  List<AwardChange> apply(LedgerOperation operation);

  /**
   * Returns a volunteer's current awards.
   *
   * @param volunteer the volunteer, not null
   * @return the awards, unmodifiable, empty for an unknown volunteer
   */
  Set<Award> awards(VolunteerId volunteer);
}
