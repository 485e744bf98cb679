package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tatawwu.impl.hours.HourLedgerTest.rejected;
import static org.tatawwu.impl.hours.LedgerFixture.CLOCK;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.claim;
import static org.tatawwu.impl.hours.LedgerFixture.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;

/** Overlaps after a policy change, repeated roster lines, correction chains, rounding. */
class HourLedgerEdgeCasesTest {

  /** The default policy with a shorter maximum entry. */
  static HourPolicy maximumEntry(Duration maximum) {
    HourPolicy d = HourPolicy.DEFAULT;
    return HourPolicy.builder()
        .minimumEntry(d.minimumEntry())
        .maximumEntry(maximum)
        .dailyCap(d.dailyCap())
        .roundingIncrement(d.roundingIncrement())
        .claimWindow(d.claimWindow())
        .clockSkew(d.clockSkew())
        .checkOutWithin(d.checkOutWithin())
        .build();
  }

  @Test
  void an_overlap_is_found_after_the_maximum_entry_was_lowered_between_restarts() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger before = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), store, CLOCK);
    HourEntry tenHours = before.submit(claim("long", SARA, "2025-03-18T06:00", "2025-03-18T16:00"));
    before.approve(tenHours.id(), "mgr");

    HourLedger after =
        Tatawwu.hourLedger(maximumEntry(Duration.ofHours(4)), directory(), store, CLOCK);
    // Starts eight hours after the ten-hour entry, which the new four-hour maximum does not reach.
    RuleException e =
        rejected(() -> after.submit(claim("inside", SARA, "2025-03-18T14:00", "2025-03-18T15:00")));
    assertThat(e.violations()).extracting(v -> v.code()).containsExactly("hours.overlap");
    assertThat(after.submit(claim("next", SARA, "2025-03-18T16:00", "2025-03-18T17:00")).status())
        .as("adjacent, half-open")
        .isEqualTo(HourStatus.SUBMITTED);
    assertThat(
            rejected(
                    () ->
                        after.submit(
                            claim("too-long", OMAR, "2025-03-18T06:00", "2025-03-18T11:00")))
                .has("hours.tooLong"))
        .isTrue();
  }

  @Test
  void a_repeated_roster_line_stands_for_the_same_entry_so_the_result_lines_up() {
    HourLedger ledger = LedgerFixture.ledger();
    HourSubmission r1 = claim("r1", SARA, "2025-03-10T08:00", "2025-03-10T12:00");
    HourSubmission r2 = claim("r2", OMAR, "2025-03-10T08:00", "2025-03-10T12:00");
    List<HourEntry> first = ledger.importRoster(List.of(r1, r2, r1, r1));
    assertThat(first).hasSize(4);
    assertThat(first.get(2)).isEqualTo(first.get(0));
    assertThat(first.get(3)).isEqualTo(first.get(0));
    assertThat(first.get(1).volunteer()).isEqualTo(OMAR);
    assertThat(ledger.size()).isEqualTo(2);

    // Stored lines, repeated, beside a new one repeated.
    HourSubmission r3 = claim("r3", SARA, "2025-03-11T08:00", "2025-03-11T09:00");
    List<HourEntry> second = ledger.importRoster(List.of(r2, r3, r2, r3));
    assertThat(second).hasSize(4);
    assertThat(second.get(0)).isEqualTo(first.get(1)).isEqualTo(second.get(2));
    assertThat(second.get(3)).isEqualTo(second.get(1));
    assertThat(second.get(1).time()).isEqualTo(r3.time());
    assertThat(ledger.size()).isEqualTo(3);

    // The same key with other content is still a conflict, named by its line.
    HourSubmission r4 = claim("r4", OMAR, "2025-03-12T08:00", "2025-03-12T09:00");
    HourSubmission r4Other = claim("r4", OMAR, "2025-03-12T08:00", "2025-03-12T10:00");
    RuleException e = rejected(() -> ledger.importRoster(List.of(r4, r4Other)));
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line 2", "hours.idempotencyConflict"));
    assertThat(ledger.size()).isEqualTo(3);
  }

  @Test
  void corrections_form_a_chain_one_pending_link_at_a_time() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger ledger = LedgerFixture.ledger(store);
    HourEntry a =
        ledger.approve(
            ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00")).id(), "mgr");
    HourEntry c1 =
        ledger.correct(a.id(), claim("c1", SARA, "2025-03-10T08:00", "2025-03-10T11:00"), "left");

    long events = store.size();
    RuleException pending =
        rejected(
            () ->
                ledger.correct(
                    a.id(), claim("c2", SARA, "2025-03-10T11:00", "2025-03-10T12:00"), "again"));
    assertThat(pending.violations())
        .extracting(v -> v.code() + " " + v.arguments().get("correction"))
        .containsExactly("hours.correctionPending " + c1.id().value());
    assertThat(pending.problems(Locale.ENGLISH).get(0).message()).contains(c1.id().value());
    assertThat(pending.problems(Locale.forLanguageTag("ar")).get(0).message()).contains("تصحيح");
    assertThat(store.size()).isEqualTo(events);

    ledger.approve(c1.id(), "supervisor");
    assertThat(ledger.entry(a.id()).orElseThrow().status()).isEqualTo(HourStatus.SUPERSEDED);
    RuleException superseded =
        rejected(
            () ->
                ledger.correct(
                    a.id(), claim("c3", SARA, "2025-03-10T11:00", "2025-03-10T12:00"), "late"));
    assertThat(superseded.violations())
        .extracting(v -> v.code())
        .containsExactly("hours.alreadySuperseded");

    // The chain goes on from its latest approved link; a rejected link leaves it open.
    HourEntry c4 =
        ledger.correct(c1.id(), claim("c4", SARA, "2025-03-10T08:00", "2025-03-10T10:00"), "2h");
    ledger.reject(c4.id(), "supervisor", "3h was right");
    HourEntry c5 =
        ledger.correct(c1.id(), claim("c5", SARA, "2025-03-10T08:00", "2025-03-10T10:30"), "2.5h");
    ledger.approve(c5.id(), "supervisor");
    assertThat(ledger.entry(c1.id()).orElseThrow().supersededBy()).contains(c5.id());
    assertThat(ledger.totals(SARA).approvedMinutes()).isEqualTo(150);
    assertThat(ledger.totals(SARA).approvedEntries()).isEqualTo(1);
  }

  @Test
  void two_pending_corrections_found_in_a_store_never_both_replace_one_entry() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger ledger = LedgerFixture.ledger(store);
    HourEntry a =
        ledger.approve(
            ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00")).id(), "mgr");
    HourEntry c1 =
        ledger.correct(a.id(), claim("c1", SARA, "2025-03-10T08:00", "2025-03-10T09:00"), "fix");
    // A second correction of the same entry, as a store written without the one-pending rule may
    // hold it.
    HourEntry c2 =
        HourEntry.builder()
            .id(HourEntryId.ofNumber(c1.id().number() + 1))
            .key(IdempotencyKey.of("c2"))
            .volunteer(SARA)
            .opportunity(c1.opportunity())
            .entity(c1.entity())
            .supervisingEntity(c1.supervisingEntity())
            .field(c1.field())
            .region(c1.region())
            .day(c1.day())
            .time(
                TimeRange.of(
                    LedgerFixture.riyadh("2025-03-10T10:00"),
                    LedgerFixture.riyadh("2025-03-10T11:00")))
            .creditedMinutes(60)
            .source(c1.source())
            .compulsory(false)
            .status(HourStatus.SUBMITTED)
            .submittedAt(Instant.parse("2025-03-20T12:00:00Z"))
            .submittedBy("sys")
            .corrects(a.id())
            .note("fix")
            .build();
    store.append(
        new HourEvent(
            store.size() + 1,
            c2.submittedAt(),
            "sys",
            HourEvent.Type.SUBMITTED,
            c2,
            Optional.of("fix")));
    HourLedger restarted = LedgerFixture.ledger(store);
    long events = store.size();
    RuleException both = rejected(() -> restarted.approveAll(List.of(c1.id(), c2.id()), "lead"));
    assertThat(both.violations())
        .extracting(v -> v.code() + " " + v.arguments().get("entry"))
        .containsExactly("hours.alreadySuperseded " + a.id().value());
    assertThat(store.size()).isEqualTo(events);
    restarted.approve(c1.id(), "lead");
    assertThat(rejected(() -> restarted.approve(c2.id(), "lead")).has("hours.alreadySuperseded"))
        .isTrue();
    assertThat(restarted.totals(SARA).approvedMinutes()).isEqualTo(60);
  }

  @Test
  void the_default_policy_rounds_215_minutes_down_to_210() {
    HourLedger ledger = LedgerFixture.ledger();
    assertThat(
            ledger
                .submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T11:35"))
                .creditedMinutes())
        .isEqualTo(210);
    assertThat(
            ledger
                .submit(claim("b", SARA, "2025-03-11T08:00", "2025-03-11T08:29"))
                .creditedMinutes())
        .isEqualTo(15);
  }
}
