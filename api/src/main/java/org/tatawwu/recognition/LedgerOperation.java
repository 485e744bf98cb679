package org.tatawwu.recognition;

import java.util.Objects;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.validation.InvalidValueException;

/**
 * A change of a volunteer's approved service, as the hour ledger records it: what a {@link
 * RecognitionEngine} follows.
 */
public sealed interface LedgerOperation permits LedgerOperation.Approve, LedgerOperation.Correct {

  /**
   * An entry was approved.
   *
   * @param service the approved service, not null
   */
  record Approve(ServiceRecord service) implements LedgerOperation {
    /**
     * Checks for null.
     *
     * @param service the approved service, not null
     */
    public Approve {
      Objects.requireNonNull(service, "service");
    }
  }

  /**
   * An approved entry was superseded by an approved correction (which may credit fewer or more
   * minutes, or another field).
   *
   * @param superseded the entry the correction replaces, not null
   * @param correction the correcting service, of the same volunteer, not null
   */
  record Correct(HourEntryId superseded, ServiceRecord correction) implements LedgerOperation {
    /**
     * Checks the components.
     *
     * @throws InvalidValueException with code {@code recognition.selfCorrection} if the correction
     *     has the id of the entry it supersedes
     * @param superseded the entry the correction replaces, not null
     * @param correction the correcting service, of the same volunteer, not null
     */
    public Correct {
      Objects.requireNonNull(superseded, "superseded");
      Objects.requireNonNull(correction, "correction");
      if (superseded.equals(correction.entry())) {
        throw new InvalidValueException(
            "recognition.selfCorrection", "a correction is a new entry");
      }
    }
  }
}
