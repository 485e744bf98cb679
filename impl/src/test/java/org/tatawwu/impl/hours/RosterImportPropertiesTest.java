package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A roster import against the reference it must equal: its lines submitted one by one to a ledger
 * rebuilt from the same store, a line whose key an earlier line of the roster already carries being
 * skipped (same content) or a conflict (other content). The roster is accepted exactly when no line
 * fails there, and then leaves the same entries; otherwise it names the same lines with the same
 * problems and appends nothing.
 */
class RosterImportPropertiesTest {
  static final Instant BASE = LedgerFixture.riyadh("2025-02-28T12:00");
  static final List<VolunteerId> VOLUNTEERS =
      List.of(LedgerFixture.SARA, LedgerFixture.OMAR, VolunteerId.of("V-lina"));

  /** One line: volunteer, opportunity (0 Riyadh, 1 Berlin), half-hour slot and length, key. */
  record Line(int volunteer, int opportunity, int slot, int length, int key, boolean compulsory) {
    HourSubmission submission() {
      Instant start = BASE.plus(Duration.ofMinutes(30L * slot));
      OpportunityNumber o = opportunity == 0 ? LedgerFixture.RELIEF : LedgerFixture.PARTNER;
      return HourSubmission.builder()
          .key(IdempotencyKey.of("r" + key))
          .volunteer(VOLUNTEERS.get(volunteer))
          .opportunity(o)
          .time(TimeRange.of(start, start.plus(Duration.ofMinutes(30L * length))))
          .source(HourSource.ROSTER)
          .compulsory(compulsory)
          .submittedBy("import")
          .build();
    }
  }

  static Gen<Line> lines() {
    // Most slots fall in 30 hours around 2025-03-09, so lines overlap and fill days; the rest
    // spread from before the opportunity (February) to past the clock (2025-03-20, the future).
    // Lengths reach past the maximum entry; keys are few, so they repeat within and across rosters.
    return integers()
        .between(0, 5)
        .zip(
            integers().between(0, 1000).map(n -> n < 800 ? 420 + n % 60 : (n - 800) * 5),
            integers().between(1, 36),
            integers().between(0, 11),
            integers().between(0, 3),
            (vo, slot, length, key, flag) ->
                new Line(vo % 3, vo / 3, slot, length, key, flag == 0));
  }

  static Gen<List<List<Line>>> rosters() {
    return lists().of(lists().of(lines()).ofSizeBetween(1, 10)).ofSizeBetween(1, 4);
  }

  static boolean sameContent(HourSubmission a, HourSubmission b) {
    return a.volunteer().equals(b.volunteer())
        && a.opportunity().equals(b.opportunity())
        && a.time().equals(b.time())
        && a.source() == b.source()
        && a.compulsory() == b.compulsory();
  }

  /** The problems of the roster as {@code line:code}, by the one-by-one reference. */
  static Set<String> reference(HourLedger oneByOne, List<HourSubmission> roster) {
    Set<String> problems = new TreeSet<>();
    for (int i = 0; i < roster.size(); i++) {
      HourSubmission s = roster.get(i);
      HourSubmission earlier = null;
      for (int j = 0; j < i && earlier == null; j++) {
        if (roster.get(j).key().equals(s.key())) {
          earlier = roster.get(j);
        }
      }
      if (earlier != null) {
        if (!sameContent(earlier, s)) {
          problems.add((i + 1) + ":hours.idempotencyConflict");
        }
        continue;
      }
      try {
        oneByOne.submit(s);
      } catch (RuleException e) {
        for (Violation v : e.violations()) {
          problems.add((i + 1) + ":" + v.code());
        }
      }
    }
    return problems;
  }

  static void run(List<List<Line>> rosters) {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger ledger = LedgerFixture.ledger(store);
    for (List<Line> lines : rosters) {
      List<HourSubmission> roster = lines.stream().map(Line::submission).toList();
      InMemoryHourEventStore copy = new InMemoryHourEventStore();
      store.replay(copy::append);
      HourLedger oneByOne = LedgerFixture.ledger(copy);
      Set<String> expected = reference(oneByOne, roster);
      long events = store.size();
      long entries = ledger.size();
      Set<String> actual = new TreeSet<>();
      try {
        ledger.importRoster(roster);
      } catch (RuleException e) {
        for (Violation v : e.violations()) {
          actual.add(Objects.requireNonNull(v.arguments().get("line")) + ":" + v.code());
        }
      }
      assertThat(actual).as("problems of " + lines).isEqualTo(expected);
      if (expected.isEmpty()) {
        assertThat(store.size()).isEqualTo(copy.size());
      } else {
        assertThat(store.size()).as("a refused roster appends nothing").isEqualTo(events);
        assertThat(ledger.size()).isEqualTo(entries);
        // The reference went on with the good lines; compare with the ledger before them.
        oneByOne = LedgerFixture.ledger(store);
      }
      for (VolunteerId v : VOLUNTEERS) {
        assertThat(ledger.entries(v)).isEqualTo(oneByOne.entries(v));
        assertThat(ledger.totals(v)).isEqualTo(oneByOne.totals(v));
      }
    }
  }

  @Test
  void a_roster_is_all_its_lines_submitted_in_order_or_nothing() {
    qt().withExamples(2_000).withShrinkCycles(1_000).forAll(rosters()).checkAssert(r -> run(r));
  }

  @Test
  void the_generator_reaches_accepted_and_refused_rosters_and_every_rule() {
    List<List<Line>> accepted = new ArrayList<>();
    Set<String> codes = new TreeSet<>();
    qt().withExamples(2_000)
        .forAll(lists().of(lines()).ofSizeBetween(1, 10))
        .checkAssert(
            lines -> {
              HourLedger ledger = LedgerFixture.ledger();
              try {
                ledger.importRoster(lines.stream().map(Line::submission).toList());
                accepted.add(lines);
              } catch (RuleException e) {
                e.violations().forEach(v -> codes.add(v.code()));
              }
            });
    assertThat(accepted).hasSizeGreaterThan(100);
    assertThat(codes)
        .contains(
            "hours.idempotencyConflict",
            "hours.overlap",
            "hours.future",
            "hours.tooLong",
            "hours.dailyCap",
            "hours.outsideOpportunity");
  }
}
