package org.tatawwu.impl.hours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.time.DateRange;

/**
 * Approved entries for aggregation, in primitive columns: volunteer, opportunity, day (epoch day in
 * the opportunity's zone), credited minutes and flags — 17 bytes per entry plus growth slack, plus
 * 4 bytes per entry number to find an entry when it is superseded. Entity, supervising entity,
 * field and region are looked up from the opportunity. Per-volunteer and per-opportunity totals are
 * kept up to date, so that they are O(1).
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
  private int[] opportunity = new int[1024];
  private int[] day = new int[1024];
  private int[] minutes = new int[1024];
  private byte[] flags = new byte[1024];
  private int[] positionOfEntry = new int[1024];

  private final Interner volunteers = new Interner();
  private final Interner opportunities = new Interner();
  private final Interner entities = new Interner();
  private final Interner supervisors = new Interner();
  private final Interner fields = new Interner();
  private final Interner regions = new Interner();
  private int[] oppEntity = new int[64];
  private int[] oppSupervisor = new int[64];
  private int[] oppField = new int[64];
  private int[] oppRegion = new int[64];

  private long[] approvedByVolunteer = new long[64];
  private long[] compulsoryByVolunteer = new long[64];
  private long[] entriesByVolunteer = new long[64];
  private long[] approvedByOpportunity = new long[64];
  private long[] compulsoryByOpportunity = new long[64];
  private long[] entriesByOpportunity = new long[64];

  /** Creates an empty index. */
  HourIndex() {
    Arrays.fill(positionOfEntry, -1);
  }

  /** Strings to dense ints. */
  static final class Interner {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int intern(String value) {
      Integer id = ids.get(value);
      if (id == null) {
        id = values.size();
        ids.put(value, id);
        values.add(value);
      }
      return id;
    }

    int find(String value) {
      return ids.getOrDefault(value, -1);
    }

    String value(int id) {
      return values.get(id);
    }

    int size() {
      return values.size();
    }
  }

  /**
   * Adds an approved entry.
   *
   * @param e the entry, approved
   * @param entryNumber the entry's number (its id without the {@code H})
   * @param direct whether it is direct volunteering
   */
  void add(HourEntry e, int entryNumber, boolean direct) {
    int v = volunteers.intern(e.volunteer().value());
    int o = opportunity(e);
    add(v, o, (int) e.day().toEpochDay(), e.creditedMinutes(), e.compulsory(), entryNumber);
    if (direct) {
      flags[size - 1] |= DIRECT;
    }
    flags[size - 1] |= (byte) (Codes.of(e.evidenceGrade()) << GRADE_SHIFT);
  }

  /**
   * Adds an approved entry by its interned parts.
   *
   * @param v the volunteer's interned id
   * @param o the opportunity's interned id
   * @param epochDay the day
   * @param credited the minutes
   * @param compulsory whether compulsory
   * @param entryNumber the entry's number, 0 or more
   */
  private void add(int v, int o, int epochDay, int credited, boolean compulsory, int entryNumber) {
    if (size == volunteer.length) {
      int n = size + (size >> 1);
      volunteer = Arrays.copyOf(volunteer, n);
      opportunity = Arrays.copyOf(opportunity, n);
      day = Arrays.copyOf(day, n);
      minutes = Arrays.copyOf(minutes, n);
      flags = Arrays.copyOf(flags, n);
    }
    volunteer[size] = v;
    opportunity[size] = o;
    day[size] = epochDay;
    minutes[size] = credited;
    flags[size] = compulsory ? COMPULSORY : 0;
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
   */
  void remove(int entryNumber) {
    int at = entryNumber < positionOfEntry.length ? positionOfEntry[entryNumber] : -1;
    if (at < 0 || (flags[at] & REMOVED) != 0) {
      throw new IllegalStateException("entry " + entryNumber + " is not counted");
    }
    flags[at] |= REMOVED;
    count(volunteer[at], opportunity[at], -minutes[at], (flags[at] & COMPULSORY) != 0, -1);
  }

  private void count(int v, int o, int credited, boolean compulsory, int entries) {
    if (v >= approvedByVolunteer.length) {
      int n = Math.max(v + 1, approvedByVolunteer.length * 2);
      approvedByVolunteer = Arrays.copyOf(approvedByVolunteer, n);
      compulsoryByVolunteer = Arrays.copyOf(compulsoryByVolunteer, n);
      entriesByVolunteer = Arrays.copyOf(entriesByVolunteer, n);
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
   * Interns an entry's opportunity and its dimensions.
   *
   * @param e the entry
   * @return the opportunity's interned id
   */
  int opportunity(HourEntry e) {
    int o = opportunities.find(e.opportunity().value());
    if (o >= 0) {
      return o;
    }
    o = opportunities.intern(e.opportunity().value());
    if (o >= oppEntity.length) {
      int n = oppEntity.length * 2;
      oppEntity = Arrays.copyOf(oppEntity, n);
      oppSupervisor = Arrays.copyOf(oppSupervisor, n);
      oppField = Arrays.copyOf(oppField, n);
      oppRegion = Arrays.copyOf(oppRegion, n);
      approvedByOpportunity = Arrays.copyOf(approvedByOpportunity, n);
      compulsoryByOpportunity = Arrays.copyOf(compulsoryByOpportunity, n);
      entriesByOpportunity = Arrays.copyOf(entriesByOpportunity, n);
    }
    oppEntity[o] = entities.intern(e.entity().value());
    oppSupervisor[o] = supervisors.intern(e.supervisingEntity().value());
    oppField[o] = fields.intern(e.field().topLevel().value());
    oppRegion[o] = regions.intern(e.region().code());
    return o;
  }

  /**
   * Returns a volunteer's approved totals, O(1); pending minutes are the ledger's to add.
   *
   * @param volunteerId the volunteer's id value
   * @return the totals
   */
  HourTotals volunteerTotals(String volunteerId) {
    int v = volunteers.find(volunteerId);
    if (v < 0 || v >= approvedByVolunteer.length) {
      return HourTotals.ZERO;
    }
    return new HourTotals(
        approvedByVolunteer[v], compulsoryByVolunteer[v], 0, entriesByVolunteer[v]);
  }

  HourTotals opportunityTotals(String number) {
    int o = opportunities.find(number);
    if (o < 0) {
      return HourTotals.ZERO;
    }
    return new HourTotals(
        approvedByOpportunity[o], compulsoryByOpportunity[o], 0, entriesByOpportunity[o]);
  }

  /**
   * Sums approved totals by dimension and period over days in a range. Keys are {@code
   * dimension|period}.
   *
   * @param by the dimension
   * @param bucket the period
   * @param range the days
   * @param into where to add, by key
   */
  void totals(Dimension by, Bucket bucket, DateRange range, Map<String, long[]> into) {
    int first = (int) range.first().toEpochDay();
    int last = (int) range.last().toEpochDay();
    Map<Integer, String> labels = new HashMap<>();
    Map<Long, long[]> sums = new HashMap<>();
    for (int i = 0; i < size; i++) {
      int d = day[i];
      if ((flags[i] & REMOVED) != 0 || d < first || d > last) {
        continue;
      }
      int dim = dimension(by, i);
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
          String k = dimensionValue(by, dim) + "|" + label;
          long[] total = into.computeIfAbsent(k, x -> new long[4]);
          total[0] = Math.addExact(total[0], acc[0]);
          total[1] = Math.addExact(total[1], acc[1]);
          total[3] += acc[2];
        });
  }

  private int dimension(Dimension by, int row) {
    int o = opportunity[row];
    return switch (by) {
      case ALL -> 0;
      case VOLUNTEER -> volunteer[row];
      case OPPORTUNITY -> o;
      case ENTITY -> oppEntity[o];
      case SUPERVISING_ENTITY -> oppSupervisor[o];
      case FIELD -> oppField[o];
      case REGION -> oppRegion[o];
      case MODE -> (flags[row] & DIRECT) != 0 ? 1 : 0;
      case EVIDENCE -> (flags[row] >> GRADE_SHIFT) & 3;
    };
  }

  private String dimensionValue(Dimension by, int id) {
    return switch (by) {
      case ALL -> "all";
      case VOLUNTEER -> volunteers.value(id);
      case OPPORTUNITY -> opportunities.value(id);
      case ENTITY -> entities.value(id);
      case SUPERVISING_ENTITY -> supervisors.value(id);
      case FIELD -> fields.value(id);
      case REGION -> regions.value(id);
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
