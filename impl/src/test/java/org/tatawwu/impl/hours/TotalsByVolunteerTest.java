package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

class TotalsByVolunteerTest {
  static final VolunteerId HIND = VolunteerId.of("V-hind");
  static final VolunteerId NOBODY = VolunteerId.of("V-nobody");

  final HourLedger ledger = LedgerFixture.ledger();

  static HourSubmission compulsory(String key, VolunteerId v, String from, String to) {
    HourSubmission s = claim(key, v, from, to);
    return HourSubmission.builder().from(s).compulsory(true).build();
  }

  @Test
  void every_volunteer_with_an_entry_has_the_totals_worked_out_by_hand() {
    // Sara: 3 h approved, 2 h approved and compulsory, 1 h 30 pending.
    ledger.approve(
        ledger.submit(claim("s1", SARA, "2025-03-10T08:00", "2025-03-10T11:00")).id(), "mgr");
    ledger.approve(
        ledger.submit(compulsory("s2", SARA, "2025-03-11T08:00", "2025-03-11T10:00")).id(), "mgr");
    ledger.submit(claim("s3", SARA, "2025-03-12T08:00", "2025-03-12T09:30"));
    // Omar: one entry, rejected: present, all zero.
    ledger.reject(
        ledger.submit(claim("o1", OMAR, "2025-03-10T08:00", "2025-03-10T12:00")).id(),
        "mgr",
        "not present");
    // Hind: 45 minutes pending only.
    ledger.submit(claim("h1", HIND, "2025-03-10T08:00", "2025-03-10T08:45"));

    Map<VolunteerId, HourTotals> all = ledger.totalsByVolunteer();

    Map<VolunteerId, HourTotals> expected = new HashMap<>();
    expected.put(SARA, new HourTotals(300, 120, 90, 2));
    expected.put(OMAR, new HourTotals(0, 0, 0, 0));
    expected.put(HIND, new HourTotals(0, 0, 45, 0));
    assertThat(all).isEqualTo(expected);
    assertThat(all).hasSize(3);
    assertThat(all.get(SARA)).isEqualTo(new HourTotals(300, 120, 90, 2));
    assertThat(all.containsKey(HIND)).isTrue();
    assertThat(all.get(NOBODY)).isNull();
    assertThat(all.containsKey(NOBODY)).isFalse();
    Object text = "V-sara";
    assertThat(all.get(text)).as("a key of another type").isNull();
    assertThat(all.get(null)).isNull();
    for (VolunteerId v : List.of(SARA, OMAR, HIND)) {
      assertThat(all.get(v)).as("as totals(v) gives it").isEqualTo(ledger.totals(v));
    }
  }

  @Test
  void iteration_follows_the_order_the_ledger_first_met_the_volunteers() {
    ledger.submit(claim("h1", HIND, "2025-03-10T08:00", "2025-03-10T09:00"));
    ledger.submit(claim("s1", SARA, "2025-03-10T08:00", "2025-03-10T09:00"));
    ledger.submit(claim("h2", HIND, "2025-03-11T08:00", "2025-03-11T09:00"));
    ledger.submit(claim("o1", OMAR, "2025-03-10T08:00", "2025-03-10T09:00"));

    List<VolunteerId> keys = new ArrayList<>(ledger.totalsByVolunteer().keySet());
    List<VolunteerId> byForEach = new ArrayList<>();
    ledger.totalsByVolunteer().forEach((v, t) -> byForEach.add(v));

    assertThat(keys).containsExactly(HIND, SARA, OMAR);
    assertThat(byForEach).containsExactly(HIND, SARA, OMAR);
  }

  @Test
  void the_snapshot_does_not_follow_later_changes_and_cannot_be_changed() {
    HourEntry a = ledger.submit(claim("s1", SARA, "2025-03-10T08:00", "2025-03-10T10:00"));
    Map<VolunteerId, HourTotals> before = ledger.totalsByVolunteer();

    ledger.approve(a.id(), "mgr");
    ledger.submit(claim("o1", OMAR, "2025-03-10T08:00", "2025-03-10T09:00"));

    assertThat(before).containsOnlyKeys(SARA);
    assertThat(before.get(SARA)).isEqualTo(new HourTotals(0, 0, 120, 0));
    assertThat(ledger.totalsByVolunteer().get(SARA)).isEqualTo(new HourTotals(120, 0, 0, 1));
    assertThatThrownBy(() -> before.put(OMAR, HourTotals.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> before.remove(SARA)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> before.entrySet().iterator().next().setValue(HourTotals.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_refused_submission_leaves_no_volunteer_behind() {
    assertThat(ledger.totalsByVolunteer()).isEmpty();
    // 17 hours: longer than the policy's 16-hour maximum.
    assertThatThrownBy(
            () -> ledger.submit(claim("x", NOBODY, "2025-03-10T06:00", "2025-03-10T23:00")))
        .isInstanceOf(RuleException.class);

    assertThat(ledger.totalsByVolunteer()).isEmpty();
    assertThat(ledger.totalsByVolunteer().containsKey(NOBODY)).isFalse();
  }

  @Test
  void many_volunteers_are_each_found_by_the_look_up_table() {
    int n = 3_000;
    List<HourSubmission> roster = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      // Volunteer v works 15 * (1 + v % 8) minutes from 08:00.
      int minutes = 15 * (1 + v % 8);
      String end = String.format("2025-03-10T%02d:%02d", 8 + minutes / 60, minutes % 60);
      roster.add(claim("k" + v, VolunteerId.of("V" + v), "2025-03-10T08:00", end));
    }
    ledger.importRoster(roster);

    Map<VolunteerId, HourTotals> all = ledger.totalsByVolunteer();

    assertThat(all).hasSize(n);
    for (int v = 0; v < n; v++) {
      assertThat(all.get(VolunteerId.of("V" + v)))
          .isEqualTo(new HourTotals(0, 0, 15L * (1 + v % 8), 0));
    }
    assertThat(all.get(VolunteerId.of("V" + n))).isNull();
  }

  @Test
  void a_snapshot_keeps_its_values_through_every_kind_of_later_change() {
    HourEntry a = ledger.submit(claim("s1", SARA, "2025-03-10T08:00", "2025-03-10T10:00"));
    ledger.approve(
        ledger.submit(compulsory("s2", SARA, "2025-03-11T08:00", "2025-03-11T09:00")).id(), "mgr");
    HourEntry o = ledger.submit(claim("o1", OMAR, "2025-03-10T08:00", "2025-03-10T09:30"));
    Map<VolunteerId, HourTotals> held = ledger.totalsByVolunteer();
    // Sara: 60 approved and compulsory, 120 pending, one entry; Omar: 90 pending.
    Map<VolunteerId, HourTotals> expected =
        Map.of(SARA, new HourTotals(60, 60, 120, 1), OMAR, new HourTotals(0, 0, 90, 0));

    ledger.approve(a.id(), "mgr");
    ledger.reject(o.id(), "mgr", "not present");
    ledger.submit(claim("s3", SARA, "2025-03-12T08:00", "2025-03-12T08:30"));
    // 2,000 new volunteers: the columns grow.
    List<HourSubmission> roster = new ArrayList<>();
    for (int v = 0; v < 2_000; v++) {
      roster.add(
          claim("n" + v, VolunteerId.of("V-new" + v), "2025-03-10T08:00", "2025-03-10T09:00"));
    }
    ledger.importRoster(roster);

    assertThat(held).isEqualTo(expected);
    assertThat(held.keySet()).containsExactly(SARA, OMAR);
    assertThat(ledger.totals(SARA)).isEqualTo(new HourTotals(180, 60, 30, 2));
    assertThat(ledger.totalsByVolunteer()).hasSize(2_002);
  }

  /** A store that refuses every append, after reading the ledger's totals from inside it. */
  static final class PeekingRefusingStore implements HourEventStore {
    @Nullable HourLedger ledger;
    @Nullable Map<VolunteerId, HourTotals> seen;

    @Override
    public void appendAll(List<HourEvent> events) {
      HourLedger l = ledger;
      if (l != null && seen == null) {
        seen = l.totalsByVolunteer();
      }
      throw new IllegalStateException("the device is full");
    }

    @Override
    public void replayAfter(long sequence, Consumer<HourEvent> consumer) {}

    @Override
    public long size() {
      return 0;
    }
  }

  @Test
  void a_snapshot_taken_inside_a_refused_operation_keeps_the_volunteers_it_saw() {
    PeekingRefusingStore store = new PeekingRefusingStore();
    HourLedger peeked = LedgerFixture.ledger(store);
    store.ledger = peeked;
    VolunteerId first = VolunteerId.of("V-first");

    assertThatThrownBy(
            () ->
                peeked.importRoster(
                    List.of(claim("f", first, "2025-03-10T08:00", "2025-03-10T09:00"))))
        .isInstanceOf(IllegalStateException.class);
    Map<VolunteerId, HourTotals> seen = java.util.Objects.requireNonNull(store.seen);
    Map<VolunteerId, HourTotals> copy = new HashMap<>(seen);
    store.ledger = null;
    assertThatThrownBy(
            () ->
                peeked.importRoster(
                    List.of(
                        claim(
                            "g",
                            VolunteerId.of("V-other"),
                            "2025-03-10T08:00",
                            "2025-03-10T09:00"))))
        .isInstanceOf(IllegalStateException.class);

    assertThat(seen).isEqualTo(copy);
    assertThat(peeked.totalsByVolunteer()).isEmpty();
  }
}
