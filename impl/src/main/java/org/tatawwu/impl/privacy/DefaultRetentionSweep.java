package org.tatawwu.impl.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.privacy.RecordClass;
import org.tatawwu.privacy.RetainedRecord;
import org.tatawwu.privacy.RetentionHold;
import org.tatawwu.privacy.RetentionReport;
import org.tatawwu.privacy.RetentionSchedule;
import org.tatawwu.privacy.RetentionSweep;
import org.tatawwu.privacy.RetentionTarget;
import org.tatawwu.validation.InvalidValueException;

/**
 * The retention sweep: for each target with a schedule, every record whose due instant has come is
 * destroyed unless a hold keeps it. O(r · h) per sweep for r records and h holds. Thread-safe (one
 * sweep at a time) when its targets and holds are.
 */
final class DefaultRetentionSweep implements RetentionSweep {
  private final Map<RecordClass, RetentionSchedule> schedules = new EnumMap<>(RecordClass.class);
  private final List<RetentionTarget> targets;
  private final List<RetentionHold> holds;
  private final Clock clock;

  DefaultRetentionSweep(
      List<RetentionSchedule> schedules,
      List<RetentionTarget> targets,
      List<RetentionHold> holds,
      Clock clock) {
    for (RetentionSchedule s : schedules) {
      if (this.schedules.put(s.recordClass(), s) != null) {
        throw new InvalidValueException(
            "privacy.retention.duplicate", "one retention schedule per record class");
      }
    }
    this.targets = List.copyOf(targets);
    this.holds = List.copyOf(holds);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RetentionReport plan() {
    return sweep(false);
  }

  @Override
  public RetentionReport run() {
    return sweep(true);
  }

  private synchronized RetentionReport sweep(boolean perform) {
    Instant at = clock.instant();
    List<RetainedRecord> destroyed = new ArrayList<>();
    List<RetentionReport.Held> held = new ArrayList<>();
    List<RetentionReport.Undated> undated = new ArrayList<>();
    for (RetentionTarget target : targets) {
      RetentionSchedule schedule = schedules.get(target.recordClass());
      if (schedule == null) {
        continue;
      }
      undated.addAll(target.undated());
      for (RetainedRecord r : target.records()) {
        Optional<Instant> due = schedule.dueAt(r.reference());
        if (r.recordClass() != target.recordClass() || due.isEmpty() || due.get().isAfter(at)) {
          continue;
        }
        Optional<String> reason = Optional.empty();
        for (RetentionHold h : holds) {
          reason = h.hold(r, at);
          if (reason.isPresent()) {
            break;
          }
        }
        if (reason.isPresent()) {
          held.add(new RetentionReport.Held(r, reason.get()));
        } else {
          if (perform) {
            target.destroy(r);
          }
          destroyed.add(r);
        }
      }
    }
    return new RetentionReport(at, perform, destroyed, held, undated);
  }
}
