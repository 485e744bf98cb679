package org.tatawwu.incident;

import java.util.List;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Violation;

/**
 * Checks {@link RotationRules} for one volunteer: at planning, a proposed shift against the
 * volunteer's other shifts; before hour submission, a submission against the volunteer's recorded
 * entries. Obtain one from {@link org.tatawwu.Tatawwu#rotationCheck(RotationRules)}. Immutable and
 * thread-safe.
 */
public interface RotationCheck {
  /**
   * Returns the rules checked.
   *
   * @return the rules
   */
  RotationRules rules();

  /**
   * Checks a proposed shift against the volunteer's other shifts.
   *
   * <p>Codes: {@code rotation.consecutiveDays} (arguments {@code days}, {@code max}), {@code
   * rotation.rest} ({@code restMinutes}, {@code minMinutes}), {@code rotation.weeklyHours} ({@code
   * minutes}, {@code maxMinutes}). Time O(n log n) for n shifts.
   *
   * @param worked the volunteer's other shifts, in any order, not null
   * @param proposed the shift to add, not null
   * @return every rule the proposed shift would break; empty when allowed
   */
  List<Violation> check(List<TimeRange> worked, TimeRange proposed);

  /**
   * Checks an hour submission before it is made, against the volunteer's recorded entries that
   * still count (rejected and superseded entries are ignored). The ledger itself is not changed.
   *
   * @param recorded the volunteer's recorded entries, not null
   * @param submission the submission, not null
   * @return every rule the submission would break; empty when allowed
   */
  List<Violation> checkSubmission(List<HourEntry> recorded, HourSubmission submission);

  /**
   * Refuses a proposed shift that breaks a rule.
   *
   * @param worked the volunteer's other shifts, not null
   * @param proposed the shift to add, not null
   * @throws org.tatawwu.validation.RuleException naming every rule broken, localised
   */
  void require(List<TimeRange> worked, TimeRange proposed);
}
