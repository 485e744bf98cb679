package org.tatawwu.privacy;

/**
 * Applies retention schedules to retention targets: reports what is due and destroys it, never a
 * record whose class is kept for ever, whose legal minimum has not passed, or that a hold still
 * needs. Obtain one from {@link Privacy#retentionSweep}.
 *
 * <p>Implementations are thread-safe when their targets and holds are.
 */
public interface RetentionSweep {
  /**
   * Reports what is due now without destroying anything.
   *
   * @return the report, {@link RetentionReport#performed()} false
   */
  RetentionReport plan();

  /**
   * Destroys what is due now and reports it.
   *
   * @return the report, {@link RetentionReport#performed()} true
   */
  RetentionReport run();
}
