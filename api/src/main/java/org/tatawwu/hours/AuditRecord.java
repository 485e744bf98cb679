package org.tatawwu.hours;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of an entry's audit trail: who did what, when and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sequence the event's position in the ledger, from 1
 * @param at when
 * @param actor who (an actor identifier)
 * @param action what: submitted, approved, rejected, superseded, corrects
 * @param entry the entry concerned
 * @param note why, if given
 */
public record AuditRecord(
    long sequence,
    Instant at,
    String actor,
    String action,
    HourEntryId entry,
    Optional<String> note) {}
