package org.tatawwu.impl.hours;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The totals: the aggregation index's running sums ({@link HourIndex}), which hold each volunteer's
 * pending (submitted, undecided) minutes too; other pending minutes are summed from the entry
 * columns when asked for.
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class LedgerTotals {
  private final LedgerColumns columns;
  private final LedgerIds ids;
  private final EntryColumns entries;

  LedgerTotals(LedgerColumns columns) {
    this.columns = columns;
    this.ids = columns.ids;
    this.entries = columns.entries;
  }

  /** A volunteer's totals: O(1). */
  HourTotals of(VolunteerId volunteer) {
    VolunteerState s = ids.find(volunteer);
    return s == null ? HourTotals.ZERO : columns.index.volunteerTotals(s.index);
  }

  /** Every volunteer's totals: a copy of the running totals, O(volunteers). */
  Map<VolunteerId, HourTotals> byVolunteer() {
    return columns.index.volunteerTotals(ids.volunteerIds(), ids.volunteers());
  }

  /** An opportunity's totals: its approved ones O(1), its pending minutes O(entries). */
  HourTotals of(OpportunityNumber opportunity) {
    long pending = 0;
    for (int n = 1; n < entries.rows(); n++) {
      if (entries.is(n, HourStatus.SUBMITTED)
          && columns.place(n).opportunity().equals(opportunity)) {
        pending += entries.minutes(n);
      }
    }
    return columns.index.opportunityTotals(ids.findOpportunity(opportunity), pending);
  }

  /** Totals by dimension and period over the days of a range. */
  SortedMap<TotalsKey, HourTotals> of(Dimension by, Bucket bucket, DateRange range) {
    Map<String, long[]> raw = new HashMap<>();
    columns.index.totals(by, bucket, range, ids, raw);
    for (int n = 1; n < entries.rows(); n++) {
      if (entries.is(n, HourStatus.SUBMITTED)) {
        LocalDate day = columns.dayOf(entries.day(n));
        if (range.contains(day)) {
          String key = pendingKey(by, n) + "|" + bucket.labelOf(day);
          raw.computeIfAbsent(key, k -> new long[4])[2] += entries.minutes(n);
        }
      }
    }
    return HourIndex.sorted(by, raw);
  }

  private String pendingKey(Dimension by, int n) {
    LedgerIds.Place p = columns.place(n);
    return switch (by) {
      case ALL -> "all";
      case VOLUNTEER -> ids.volunteer(entries.volunteer(n)).id.value();
      case OPPORTUNITY -> p.opportunity().value();
      case ENTITY -> p.entity().value();
      case SUPERVISING_ENTITY -> p.supervisingEntity().value();
      case FIELD -> p.field().topLevel().value();
      case REGION -> p.region().code();
      case MODE -> columns.isDirect(n) ? "direct" : "organisation";
      case EVIDENCE -> HourIndex.gradeLabel(columns.evidenceGrade(n));
    };
  }
}
