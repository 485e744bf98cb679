package org.tatawwu.impl.hours;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The aggregation index: approved entries in primitive columns — volunteer and place (their indexes
 * in the ledger's {@link LedgerIds}), day (epoch day in the opportunity's zone), credited minutes
 * and flags — 17 bytes per entry plus growth slack, plus 4 bytes per entry number to find an entry
 * when it is superseded. Opportunity, entity, supervising entity, field and region are read from
 * the place. Per-volunteer and per-opportunity totals are kept up to date, so that they are O(1),
 * with each volunteer's pending (submitted, undecided) minutes beside its approved ones; an
 * opportunity's pending minutes are summed when asked for ({@link LedgerTotals}).
 *
 * <p>Not thread-safe: the ledger guards it with its lock.
 */
final class HourIndex {
  private static final byte COMPULSORY = 1;
  private static final byte REMOVED = 2;
  private static final byte DIRECT = 4;

  /** The evidence grade's code sits in bits 3–4 of the flags. */
  private static final int GRADE_SHIFT = 3;

  private int size;
  private int[] volunteer = new int[1024];
  private int[] place = new int[1024];
  private int[] day = new int[1024];
  private int[] minutes = new int[1024];
  private byte[] flags = new byte[1024];
  private int[] positionOfEntry = new int[1024];

  private long[] approvedByVolunteer = new long[64];
  private long[] compulsoryByVolunteer = new long[64];
  private long[] entriesByVolunteer = new long[64];
  private long[] pendingByVolunteer = new long[64];

  /**
   * Whether a {@link VolunteerTotalsMap} holds the four per-volunteer columns: the next change to
   * them copies them first, so a snapshot never changes.
   */
  private boolean volunteerColumnsShared;

  private long[] approvedByOpportunity = new long[64];
  private long[] compulsoryByOpportunity = new long[64];
  private long[] entriesByOpportunity = new long[64];

  /**
   * Creates an empty index. Its rows hold indexes of the ledger's {@link LedgerIds}, which the
   * methods that need their values are given: the index holds no reference to them.
   */
  HourIndex() {
    Arrays.fill(positionOfEntry, -1);
  }

  /**
   * Adds an approved entry.
   *
   * @param entryNumber the entry's number (its id without the {@code H}), 1 or more
   * @param v the volunteer's index
   * @param p the place's index
   * @param o the index of the place's opportunity
   * @param epochDay the entry's day
   * @param credited its credited minutes
   * @param compulsory whether it is compulsory
   * @param direct whether it is direct volunteering
   * @param grade its evidence grade
   */
  void add(
      int entryNumber,
      int v,
      int p,
      int o,
      int epochDay,
      int credited,
      boolean compulsory,
      boolean direct,
      EvidenceGrade grade) {
    if (size == volunteer.length) {
      int n = size + (size >> 1);
      volunteer = Arrays.copyOf(volunteer, n);
      place = Arrays.copyOf(place, n);
      day = Arrays.copyOf(day, n);
      minutes = Arrays.copyOf(minutes, n);
      flags = Arrays.copyOf(flags, n);
    }
    volunteer[size] = v;
    place[size] = p;
    day[size] = epochDay;
    minutes[size] = credited;
    flags[size] =
        (byte)
            ((compulsory ? COMPULSORY : 0)
                | (direct ? DIRECT : 0)
                | Codes.of(grade) << GRADE_SHIFT);
    if (entryNumber >= positionOfEntry.length) {
      int old = positionOfEntry.length;
      positionOfEntry = Arrays.copyOf(positionOfEntry, Math.max(entryNumber + 1, old + (old >> 1)));
      Arrays.fill(positionOfEntry, old, positionOfEntry.length, -1);
    }
    positionOfEntry[entryNumber] = size;
    size++;
    count(v, o, credited, compulsory, 1);
  }

  /**
   * Removes a superseded entry from the totals (its row stays, flagged).
   *
   * @param entryNumber the entry's number
   * @param ids the ledger's ids
   */
  void remove(int entryNumber, LedgerIds ids) {
    int at = entryNumber < positionOfEntry.length ? positionOfEntry[entryNumber] : -1;
    if (at < 0 || (flags[at] & REMOVED) != 0) {
      throw new IllegalStateException("entry " + entryNumber + " is not counted");
    }
    flags[at] |= REMOVED;
    count(
        volunteer[at],
        ids.opportunityOf(place[at]),
        -minutes[at],
        (flags[at] & COMPULSORY) != 0,
        -1);
  }

  private void count(int v, int o, int credited, boolean compulsory, int entries) {
    growVolunteers(v);
    if (o >= approvedByOpportunity.length) {
      int n = Math.max(o + 1, approvedByOpportunity.length * 2);
      approvedByOpportunity = Arrays.copyOf(approvedByOpportunity, n);
      compulsoryByOpportunity = Arrays.copyOf(compulsoryByOpportunity, n);
      entriesByOpportunity = Arrays.copyOf(entriesByOpportunity, n);
    }
    approvedByVolunteer[v] = Math.addExact(approvedByVolunteer[v], credited);
    entriesByVolunteer[v] += entries;
    approvedByOpportunity[o] = Math.addExact(approvedByOpportunity[o], credited);
    entriesByOpportunity[o] += entries;
    if (compulsory) {
      compulsoryByVolunteer[v] = Math.addExact(compulsoryByVolunteer[v], credited);
      compulsoryByOpportunity[o] = Math.addExact(compulsoryByOpportunity[o], credited);
    }
  }

  /**
   * Makes the four per-volunteer columns this index's own, with room for index {@code v}: copies
   * them when a snapshot holds them (O(volunteers), once per snapshot), doubles them when full.
   */
  private void growVolunteers(int v) {
    if (v >= approvedByVolunteer.length || volunteerColumnsShared) {
      int n =
          v >= approvedByVolunteer.length
              ? Math.max(v + 1, approvedByVolunteer.length * 2)
              : approvedByVolunteer.length;
      approvedByVolunteer = Arrays.copyOf(approvedByVolunteer, n);
      compulsoryByVolunteer = Arrays.copyOf(compulsoryByVolunteer, n);
      entriesByVolunteer = Arrays.copyOf(entriesByVolunteer, n);
      pendingByVolunteer = Arrays.copyOf(pendingByVolunteer, n);
      volunteerColumnsShared = false;
    }
  }

  /**
   * Adds to a volunteer's pending (submitted, undecided) minutes, O(1) amortised.
   *
   * @param v the volunteer's index
   * @param minutes the minutes to add, negative to take away
   */
  void addPending(int v, long minutes) {
    growVolunteers(v);
    pendingByVolunteer[v] = Math.addExact(pendingByVolunteer[v], minutes);
  }

  /**
   * Returns a volunteer's totals, O(1).
   *
   * @param v the volunteer's index
   * @return the totals
   */
  HourTotals volunteerTotals(int v) {
    if (v >= approvedByVolunteer.length) {
      return HourTotals.ZERO;
    }
    return new HourTotals(
        approvedByVolunteer[v],
        compulsoryByVolunteer[v],
        pendingByVolunteer[v],
        entriesByVolunteer[v]);
  }

  /**
   * Returns the totals of the volunteers of indexes 0 to {@code count - 1}, O(1): the snapshot
   * shares the four per-volunteer columns, and the next change to them copies them first
   * (O(volunteers), once per snapshot followed by a change).
   *
   * @param who the volunteers' ids, by index (kept, not copied: its first {@code count} slots must
   *     never change)
   * @param count how many volunteers, at most {@code who.length}
   * @return the totals by volunteer
   */
  VolunteerTotalsMap volunteerTotals(VolunteerId[] who, int count) {
    if (count > approvedByVolunteer.length) {
      growVolunteers(count - 1);
    }
    volunteerColumnsShared = true;
    return new VolunteerTotalsMap(
        who,
        count,
        approvedByVolunteer,
        compulsoryByVolunteer,
        pendingByVolunteer,
        entriesByVolunteer);
  }

  /**
   * Returns an opportunity's approved totals with the pending minutes the ledger summed, O(1).
   *
   * @param o the opportunity's index, -1 for one without entries
   * @param pending its pending minutes
   * @return the totals
   */
  HourTotals opportunityTotals(int o, long pending) {
    if (o < 0 || o >= approvedByOpportunity.length) {
      return new HourTotals(0, 0, pending, 0);
    }
    return new HourTotals(
        approvedByOpportunity[o], compulsoryByOpportunity[o], pending, entriesByOpportunity[o]);
  }

  /**
   * Sums approved totals by dimension and period over days in a range. Keys are {@code
   * dimension|period}. Sums are keyed by (dimension index, day) first, so that each value's text is
   * made once per day; entity, supervising entity, field and region are summed by place, and the
   * places of one value meet in {@code into}.
   *
   * @param by the dimension
   * @param bucket the period
   * @param range the days
   * @param ids the ledger's ids
   * @param into where to add, by key
   */
  void totals(
      Dimension by, Bucket bucket, DateRange range, LedgerIds ids, Map<String, long[]> into) {
    int first = (int) range.first().toEpochDay();
    int last = (int) range.last().toEpochDay();
    Map<Integer, String> labels = new HashMap<>();
    Map<Long, long[]> sums = new HashMap<>();
    for (int i = 0; i < size; i++) {
      int d = day[i];
      if ((flags[i] & REMOVED) != 0 || d < first || d > last) {
        continue;
      }
      int dim = dimension(by, i, ids);
      long key = ((long) dim << 32) | (d & 0xFFFFFFFFL);
      long[] acc = sums.computeIfAbsent(key, k -> new long[3]);
      acc[0] += minutes[i];
      if ((flags[i] & COMPULSORY) != 0) {
        acc[1] += minutes[i];
      }
      acc[2]++;
    }
    sums.forEach(
        (key, acc) -> {
          int dim = (int) (key >>> 32);
          int d = (int) (long) key;
          String label = labels.computeIfAbsent(d, x -> bucket.labelOf(LocalDate.ofEpochDay(x)));
          String k = dimensionValue(by, dim, ids) + "|" + label;
          long[] total = into.computeIfAbsent(k, x -> new long[4]);
          total[0] = Math.addExact(total[0], acc[0]);
          total[1] = Math.addExact(total[1], acc[1]);
          total[3] += acc[2];
        });
  }

  private int dimension(Dimension by, int row, LedgerIds ids) {
    return switch (by) {
      case ALL -> 0;
      case VOLUNTEER -> volunteer[row];
      case OPPORTUNITY -> ids.opportunityOf(place[row]);
      case ENTITY, SUPERVISING_ENTITY, FIELD, REGION -> place[row];
      case MODE -> (flags[row] & DIRECT) != 0 ? 1 : 0;
      case EVIDENCE -> (flags[row] >> GRADE_SHIFT) & 3;
    };
  }

  private static String dimensionValue(Dimension by, int id, LedgerIds ids) {
    return switch (by) {
      case ALL -> "all";
      case VOLUNTEER -> ids.volunteer(id).id.value();
      case OPPORTUNITY -> ids.opportunity(id).value();
      case ENTITY -> ids.place(id).entity().value();
      case SUPERVISING_ENTITY -> ids.place(id).supervisingEntity().value();
      case FIELD -> ids.place(id).field().topLevel().value();
      case REGION -> ids.place(id).region().code();
      case MODE -> id == 1 ? "direct" : "organisation";
      case EVIDENCE -> gradeLabel(Codes.GRADES[id]);
    };
  }

  /**
   * The label of an evidence grade in totals: its name in lower case.
   *
   * @param grade not null
   * @return the label
   */
  static String gradeLabel(EvidenceGrade grade) {
    return grade.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Turns sums keyed {@code value|period} into totals by typed key, sorted.
   *
   * @param by the dimension the sums are grouped by
   * @param raw approved, compulsory, pending minutes and entries by {@code value|period} (a period
   *     label never holds {@code |})
   * @return the totals by key
   */
  static SortedMap<TotalsKey, HourTotals> sorted(Dimension by, Map<String, long[]> raw) {
    SortedMap<TotalsKey, HourTotals> out = new TreeMap<>();
    raw.forEach(
        (k, v) -> {
          int bar = k.lastIndexOf('|');
          out.put(
              TotalsKey.of(by, k.substring(0, bar), k.substring(bar + 1)),
              new HourTotals(v[0], v[1], v[2], v[3]));
        });
    return out;
  }
}
