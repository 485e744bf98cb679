package org.tatawwu.impl.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvidence;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.validation.Violation;

/**
 * The accepted lines of the roster being imported, as rows: for each, its line and what the checks
 * derived from it (the directory's opportunity and entity, the region, the local day, the credited
 * minutes, review reasons and evidence), and the same volunteer's previous row. Row {@code r}
 * becomes entry {@code first + r}. The ledger's checks, the store's encoding and the ledger's
 * columns read these rows, so an import makes no {@link HourEntry} or event object per line; {@link
 * #entry} builds one for a store that takes events.
 *
 * <p>The ledger keeps one and reuses it: {@link #clear} drops the references after each roster. Not
 * thread-safe: the ledger guards it with its lock.
 */
final class RosterRows {
  private int size;
  private @Nullable HourSubmission[] line = new HourSubmission[64];
  private int[] volunteer = new int[64];
  private int[] previous = new int[64];
  private @Nullable Opportunity[] opportunity = new Opportunity[64];
  private @Nullable ParticipatingEntity[] entity = new ParticipatingEntity[64];
  private @Nullable Region[] region = new Region[64];
  private @Nullable LocalDate[] day = new LocalDate[64];
  private int[] minutes = new int[64];
  private int[] shift = new int[64];
  private @Nullable Object[] review = new Object[64];
  private @Nullable HourEvidence[] evidence = new HourEvidence[64];

  /** The rows held. */
  int size() {
    return size;
  }

  /**
   * Adds a row and returns its index.
   *
   * @param previousOfVolunteer the same volunteer's previous row, else -1
   * @param shiftColumn the ledger's column for the line's shift, if known; else 0
   */
  int add(
      HourSubmission s,
      int volunteerIndex,
      int previousOfVolunteer,
      Opportunity o,
      ParticipatingEntity e,
      Region r,
      LocalDate d,
      int credited,
      int shiftColumn,
      List<Violation> reasons,
      HourEvidence held) {
    if (size == line.length) {
      int to = size * 2;
      line = Arrays.copyOf(line, to);
      volunteer = Arrays.copyOf(volunteer, to);
      previous = Arrays.copyOf(previous, to);
      opportunity = Arrays.copyOf(opportunity, to);
      entity = Arrays.copyOf(entity, to);
      region = Arrays.copyOf(region, to);
      day = Arrays.copyOf(day, to);
      minutes = Arrays.copyOf(minutes, to);
      shift = Arrays.copyOf(shift, to);
      review = Arrays.copyOf(review, to);
      evidence = Arrays.copyOf(evidence, to);
    }
    int at = size++;
    line[at] = s;
    volunteer[at] = volunteerIndex;
    previous[at] = previousOfVolunteer;
    opportunity[at] = o;
    entity[at] = e;
    region[at] = r;
    day[at] = d;
    minutes[at] = credited;
    shift[at] = shiftColumn;
    review[at] = reasons;
    evidence[at] = held;
    return at;
  }

  /** Drops every row and the references they held. */
  void clear() {
    Arrays.fill(line, 0, size, null);
    Arrays.fill(opportunity, 0, size, null);
    Arrays.fill(entity, 0, size, null);
    Arrays.fill(region, 0, size, null);
    Arrays.fill(day, 0, size, null);
    Arrays.fill(review, 0, size, null);
    Arrays.fill(evidence, 0, size, null);
    size = 0;
  }

  /** Row {@code r}'s roster line. */
  HourSubmission line(int r) {
    return java.util.Objects.requireNonNull(line[r]);
  }

  /** The index of row {@code r}'s volunteer in the ledger's table. */
  int volunteer(int r) {
    return volunteer[r];
  }

  /** The same volunteer's row before row {@code r}, else -1. */
  int previousOfVolunteer(int r) {
    return previous[r];
  }

  Opportunity opportunity(int r) {
    return java.util.Objects.requireNonNull(opportunity[r]);
  }

  ParticipatingEntity entity(int r) {
    return java.util.Objects.requireNonNull(entity[r]);
  }

  /** The region the row's hours are counted in. */
  Region region(int r) {
    return java.util.Objects.requireNonNull(region[r]);
  }

  /** The local day the work started, in the opportunity's zone. */
  LocalDate day(int r) {
    return java.util.Objects.requireNonNull(day[r]);
  }

  int minutes(int r) {
    return minutes[r];
  }

  /** Row {@code r}'s shift column in the ledger (its index + 1), if its checks found it; else 0. */
  int shift(int r) {
    return shift[r];
  }

  @SuppressWarnings("unchecked") // only lists of violations are stored
  List<Violation> review(int r) {
    return (List<Violation>) java.util.Objects.requireNonNull(review[r]);
  }

  HourEvidence evidence(int r) {
    return java.util.Objects.requireNonNull(evidence[r]);
  }

  /**
   * Row {@code r} as the entry it submits: number {@code number}, submitted at {@code at}.
   *
   * @param number the entry's number, 1 or more
   * @param at the roster's instant
   * @return the entry as submitted
   */
  HourEntry entry(int r, long number, Instant at) {
    HourSubmission s = line(r);
    ParticipatingEntity e = entity(r);
    return new HourEntry(
        HourEntryId.ofNumber(number),
        s.key(),
        s.volunteer(),
        s.opportunity(),
        e.id(),
        e.supervisingEntity(),
        opportunity(r).field(),
        region(r),
        day(r),
        s.time(),
        minutes(r),
        s.source(),
        s.compulsory(),
        HourStatus.SUBMITTED,
        at,
        s.submittedBy(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        s.shift(),
        review(r),
        evidence(r));
  }
}
