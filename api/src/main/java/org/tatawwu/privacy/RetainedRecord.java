package org.tatawwu.privacy;

import java.time.Instant;
import java.util.Objects;
import org.tatawwu.text.Identifiers;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A record a {@link RetentionTarget} holds: its class, its identifier, the volunteer it is about,
 * and the instant its retention is counted from.
 *
 * <p>This class is immutable and thread-safe; it holds no personal value.
 *
 * @param recordClass the record's class, not null
 * @param id the record's identifier within its target: 1 to 64 ASCII letters, digits, {@code . _ :
 *     -}
 * @param subject the volunteer it is about, not null
 * @param reference the instant retention is counted from, not null
 */
public record RetainedRecord(
    RecordClass recordClass, String id, VolunteerId subject, Instant reference) {
  /**
   * Checks the components.
   *
   * @param recordClass the record's class, not null
   * @param id the record's identifier within its target: 1 to 64 ASCII letters, digits, {@code . _
   *     : -}
   * @param subject the volunteer it is about, not null
   * @param reference the instant retention is counted from, not null
   */
  public RetainedRecord {
    Objects.requireNonNull(recordClass, "recordClass");
    Identifiers.check(id, "recordId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reference, "reference");
  }
}
