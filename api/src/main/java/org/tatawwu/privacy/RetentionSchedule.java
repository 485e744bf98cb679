package org.tatawwu.privacy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.validation.InvalidValueException;

/**
 * How long records of a class are kept after their reference instant (the end of the volunteering
 * relationship, a check's expiry, the check-in), and the least the law requires. A record is due
 * for destruction once both periods have passed; a schedule without a period keeps its records for
 * ever (the hour ledger, the fund's books). Periods are counted on the Gregorian calendar in UTC.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param recordClass the class of records, not null
 * @param keepFor how long the platform keeps them, or empty to keep them for ever; not null
 * @param lawMinimum the least the law requires them kept, not null, not negative
 */
public record RetentionSchedule(
    RecordClass recordClass, Optional<Period> keepFor, Period lawMinimum) {
  /**
   * Checks the periods.
   *
   * @param recordClass the class of records, not null
   * @param keepFor how long the platform keeps them, or empty to keep them for ever; not null
   * @param lawMinimum the least the law requires them kept, not null, not negative
   * @throws InvalidValueException with code {@code privacy.retention.period} if a period is
   *     negative, or {@code privacy.retention.belowLaw} if the platform would keep them less than
   *     the law requires
   */
  public RetentionSchedule {
    Objects.requireNonNull(recordClass, "recordClass");
    Objects.requireNonNull(keepFor, "keepFor");
    Objects.requireNonNull(lawMinimum, "lawMinimum");
    if (lawMinimum.isNegative() || keepFor.map(Period::isNegative).orElse(false)) {
      throw new InvalidValueException(
          "privacy.retention.period", "a retention period is not negative");
    }
    if (keepFor.isPresent() && approximateDays(keepFor.get()) < approximateDays(lawMinimum)) {
      throw new InvalidValueException(
          "privacy.retention.belowLaw",
          "a schedule keeps records at least as long as the law requires");
    }
  }

  /**
   * Keeps records for a period, with no legal minimum.
   *
   * @param recordClass the class of records, not null
   * @param keepFor how long, not null, not negative
   * @return the schedule
   */
  public static RetentionSchedule keep(RecordClass recordClass, Period keepFor) {
    return new RetentionSchedule(recordClass, Optional.of(keepFor), Period.ZERO);
  }

  /**
   * Keeps records for ever.
   *
   * @param recordClass the class of records, not null
   * @return the schedule
   */
  public static RetentionSchedule forever(RecordClass recordClass) {
    return new RetentionSchedule(recordClass, Optional.empty(), Period.ZERO);
  }

  /**
   * Returns when a record with this reference instant is due for destruction.
   *
   * @param reference the record's reference instant, not null
   * @return the instant, or empty for records kept for ever
   */
  public Optional<Instant> dueAt(Instant reference) {
    Objects.requireNonNull(reference, "reference");
    return keepFor.map(
        k -> {
          Instant platform = reference.atZone(ZoneOffset.UTC).plus(k).toInstant();
          Instant law = reference.atZone(ZoneOffset.UTC).plus(lawMinimum).toInstant();
          return platform.isAfter(law) ? platform : law;
        });
  }

  /**
   * The length of a period in days, months counted as 31: enough to refuse a schedule that keeps
   * records visibly less than the law asks. {@link #dueAt} applies the law exactly, whatever this
   * says.
   */
  @SuppressWarnings("JavaPeriodGetDays") // months and years are counted through toTotalMonths
  private static long approximateDays(Period p) {
    return p.toTotalMonths() * 31 + p.getDays();
  }
}
