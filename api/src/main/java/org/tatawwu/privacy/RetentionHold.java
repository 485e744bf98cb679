package org.tatawwu.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Keeps records that are due but still needed, for example those of volunteers serving in an open
 * incident or under investigation.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface RetentionHold {
  /**
   * Returns why a record must be kept, if it must.
   *
   * @param record the record, due for destruction; not null
   * @param at when the sweep runs, not null
   * @return a stable reason code (for example {@code incident.open}), or empty to let it go
   */
  Optional<String> hold(RetainedRecord record, Instant at);

  /**
   * Holds every record about the volunteers a supplier names at the time of the sweep.
   *
   * @param reason the reason code reported, not null
   * @param subjects the volunteers held, asked at each sweep; not null
   * @return the hold
   */
  static RetentionHold subjects(String reason, Supplier<Set<VolunteerId>> subjects) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(subjects, "subjects");
    return (record, at) ->
        subjects.get().contains(record.subject()) ? Optional.of(reason) : Optional.empty();
  }
}
