package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Model-based test: 10,000 random sequences of ledger operations, each step checked against a plain
 * reference model (lists and loops). A failing sequence shrinks to a short one.
 */
class HourLedgerModelPropertiesTest {
  static final Instant BASE = LedgerFixture.riyadh("2025-03-10T00:00");
  static final List<VolunteerId> VOLUNTEERS =
      List.of(VolunteerId.of("A"), VolunteerId.of("B"), VolunteerId.of("C"));

  /** One operation: kind 0 submit, 1 replay, 2 approve, 3 reject, 4 correct, 5 query. */
  record Op(int kind, int a, int b, int c, int d, int e) {
    @Override
    public String toString() {
      return switch (kind) {
        case 0 ->
            "submit(v"
                + a
                + ", slot "
                + b
                + ", len "
                + c
                + ", key "
                + d
                + ", compulsory "
                + (e == 1)
                + ")";
        case 1 -> "replay(" + a + ")";
        case 2 -> "approve(" + a + ")";
        case 3 -> "reject(" + a + ")";
        case 4 -> "correct(" + a + ", slot " + b + ", len " + c + ", key " + d + ")";
        case 6 -> "approveAll(from " + a + ", mask " + b + ")";
        default -> "query(v" + a + ")";
      };
    }
  }

  static Gen<Op> ops() {
    return integers()
        .between(0, 10)
        .zip(
            integers().between(0, 1000),
            integers().between(0, 431),
            integers().between(1, 100),
            integers().between(0, 999),
            (k, a, b, c, d) -> {
              int kind =
                  k <= 3 ? 0 : k == 4 ? 1 : k <= 6 ? 2 : k == 7 ? 3 : k == 8 ? 4 : k == 9 ? 5 : 6;
              return new Op(kind, a, b, c, d % 24, d % 4 == 0 ? 1 : 0);
            });
  }

  /** The reference model's entry. */
  static final class M {
    final String id;
    final String key;
    final int volunteer;
    final long start;
    final long end;
    final int minutes;
    final boolean compulsory;
    final @Nullable String corrects;
    HourStatus status = HourStatus.SUBMITTED;

    M(
        String id,
        String key,
        int volunteer,
        long start,
        long end,
        boolean compulsory,
        @Nullable String corrects) {
      this.id = id;
      this.key = key;
      this.volunteer = volunteer;
      this.start = start;
      this.end = end;
      this.minutes = (int) ((end - start) / 15 * 15);
      this.compulsory = compulsory;
      this.corrects = corrects;
    }

    boolean counted() {
      return status == HourStatus.SUBMITTED || status == HourStatus.APPROVED;
    }

    LocalDate day() {
      return BASE.plus(Duration.ofMinutes(start)).atZone(LedgerFixture.RIYADH).toLocalDate();
    }
  }

  static final class Model {
    final List<M> entries = new ArrayList<>();
    final Map<String, M> byKey = new HashMap<>();

    Set<String> violations(int v, long start, long end, String ignore) {
      Set<String> codes = new TreeSet<>();
      long length = end - start;
      long credited = length / 15 * 15;
      if (length > 960) {
        codes.add("hours.tooLong");
      } else if (credited < 15) {
        codes.add("hours.tooShort");
      }
      LocalDate day =
          BASE.plus(Duration.ofMinutes(start)).atZone(LedgerFixture.RIYADH).toLocalDate();
      long sameDay = 0;
      for (M m : entries) {
        if (m.volunteer != v || !m.counted() || m.id.equals(ignore)) {
          continue;
        }
        if (m.start < end && start < m.end) {
          codes.add("hours.overlap");
        }
        if (m.day().equals(day)) {
          sameDay += m.minutes;
        }
      }
      if (credited > 0 && sameDay + credited > 960) {
        codes.add("hours.dailyCap");
      }
      return codes;
    }

    M find(String id) {
      return entries.stream().filter(m -> m.id.equals(id)).findFirst().orElseThrow();
    }

    HourTotals totals(int v) {
      long approved = 0;
      long compulsory = 0;
      long pending = 0;
      long count = 0;
      for (M m : entries) {
        if (m.volunteer != v) {
          continue;
        }
        if (m.status == HourStatus.APPROVED) {
          approved += m.minutes;
          count++;
          if (m.compulsory) {
            compulsory += m.minutes;
          }
        } else if (m.status == HourStatus.SUBMITTED) {
          pending += m.minutes;
        }
      }
      return new HourTotals(approved, compulsory, pending, count);
    }
  }

  static HourSubmission submission(int v, int slot, int len, String key, boolean compulsory) {
    Instant s = BASE.plus(Duration.ofMinutes(slot * 10L));
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(VOLUNTEERS.get(v))
        .opportunity(LedgerFixture.RELIEF)
        .time(TimeRange.of(s, s.plus(Duration.ofMinutes(len * 10L))))
        .source(HourSource.CLAIM)
        .compulsory(compulsory)
        .submittedBy("sys")
        .build();
  }

  static Set<String> codes(RuleException e) {
    Set<String> codes = new TreeSet<>();
    e.violations().forEach(v -> codes.add(v.code()));
    return codes;
  }

  /** Runs one sequence against a ledger over memory and the model, checking every step. */
  static void run(List<Op> ops) {
    run(ops, new InMemoryHourEventStore());
  }

  /**
   * Runs one sequence against a ledger over {@code store} (empty) and the model, checking every
   * step; the PostgreSQL module runs it over its store.
   */
  static void run(List<Op> ops, HourEventStore store) {
    HourLedger ledger = LedgerFixture.ledger(store);
    Model model = new Model();
    List<HourSubmission> submitted = new ArrayList<>();
    @Nullable Map<VolunteerId, HourTotals> held = null;
    Map<VolunteerId, HourTotals> heldCopy = Map.of();
    int step = 0;
    for (Op op : ops) {
      switch (op.kind()) {
        case 0, 1 -> {
          HourSubmission s;
          if (op.kind() == 1 && !submitted.isEmpty()) {
            s = submitted.get(op.a() % submitted.size());
          } else {
            s = submission(op.a() % 3, op.b(), op.c(), "k" + op.d(), op.e() == 1);
          }
          submitted.add(s);
          long start = Duration.between(BASE, s.time().start()).toMinutes();
          long end = Duration.between(BASE, s.time().end()).toMinutes();
          int v = VOLUNTEERS.indexOf(s.volunteer());
          M existing = model.byKey.get(s.key().value());
          long sizeBefore = store.size();
          if (existing != null) {
            boolean same =
                existing.volunteer == v
                    && existing.start == start
                    && existing.end == end
                    && existing.compulsory == s.compulsory()
                    && existing.corrects == null;
            if (same) {
              HourEntry e = ledger.submit(s);
              assertThat(e.id().value()).isEqualTo(existing.id);
              assertThat(store.size()).as("a replay appends nothing").isEqualTo(sizeBefore);
            } else {
              expectCodes(() -> ledger.submit(s), Set.of("hours.idempotencyConflict"));
            }
            break;
          }
          Set<String> expected = model.violations(v, start, end, "");
          if (expected.isEmpty()) {
            HourEntry e = ledger.submit(s);
            M m = new M(e.id().value(), s.key().value(), v, start, end, s.compulsory(), null);
            model.entries.add(m);
            model.byKey.put(m.key, m);
            assertThat(e.creditedMinutes()).isEqualTo(m.minutes);
          } else {
            expectCodes(() -> ledger.submit(s), expected);
          }
        }
        case 2, 3 -> {
          if (model.entries.isEmpty()) {
            break;
          }
          M m = model.entries.get(op.a() % model.entries.size());
          HourEntryId id = HourEntryId.of(m.id);
          HourStatus target = op.kind() == 2 ? HourStatus.APPROVED : HourStatus.REJECTED;
          if (m.status == target) {
            HourEntry e = op.kind() == 2 ? ledger.approve(id, "m") : ledger.reject(id, "m", "why");
            assertThat(e.status()).isEqualTo(target);
          } else if (m.status != HourStatus.SUBMITTED) {
            expectCodes(
                () -> {
                  if (op.kind() == 2) {
                    ledger.approve(id, "m");
                  } else {
                    ledger.reject(id, "m", "why");
                  }
                },
                Set.of("hours.alreadyDecided"));
          } else {
            HourEntry e = op.kind() == 2 ? ledger.approve(id, "m") : ledger.reject(id, "m", "why");
            assertThat(e.status()).isEqualTo(target);
            m.status = target;
            if (target == HourStatus.APPROVED && m.corrects != null) {
              M original = model.find(m.corrects);
              if (original.status == HourStatus.APPROVED) {
                original.status = HourStatus.SUPERSEDED;
              }
            }
          }
        }
        case 4 -> {
          if (model.entries.isEmpty()) {
            break;
          }
          M target = model.entries.get(op.a() % model.entries.size());
          HourSubmission s =
              submission(target.volunteer, op.b(), op.c(), "c" + op.d(), target.compulsory);
          long start = op.b() * 10L;
          long end = start + op.c() * 10L;
          if (model.byKey.containsKey(s.key().value())) {
            M existing = model.byKey.get(s.key().value());
            boolean same =
                existing.volunteer == target.volunteer
                    && existing.start == start
                    && existing.end == end
                    && existing.compulsory == s.compulsory()
                    && target.id.equals(existing.corrects);
            if (same) {
              assertThat(ledger.correct(HourEntryId.of(target.id), s, "fix").id().value())
                  .isEqualTo(existing.id);
            } else {
              expectCodes(
                  () -> ledger.correct(HourEntryId.of(target.id), s, "fix"),
                  Set.of("hours.idempotencyConflict"));
            }
            break;
          }
          Set<String> expected = new TreeSet<>();
          if (target.status == HourStatus.SUPERSEDED) {
            expected.add("hours.alreadySuperseded");
          } else if (target.status != HourStatus.APPROVED) {
            expected.add("hours.notApproved");
          } else if (model.entries.stream()
              .anyMatch(m -> target.id.equals(m.corrects) && m.status == HourStatus.SUBMITTED)) {
            expected.add("hours.correctionPending");
          }
          expected.addAll(model.violations(target.volunteer, start, end, target.id));
          if (expected.isEmpty()) {
            HourEntry e = ledger.correct(HourEntryId.of(target.id), s, "fix");
            M m =
                new M(
                    e.id().value(),
                    s.key().value(),
                    target.volunteer,
                    start,
                    end,
                    s.compulsory(),
                    target.id);
            model.entries.add(m);
            model.byKey.put(m.key, m);
          } else {
            expectCodes(() -> ledger.correct(HourEntryId.of(target.id), s, "fix"), expected);
          }
        }
        case 6 -> {
          // A sheet: up to nine entries picked by the mask's bits, from entry a on, one maybe
          // twice.
          List<M> sheet = new ArrayList<>();
          for (int bit = 0; bit < 9 && !model.entries.isEmpty(); bit++) {
            if ((op.b() >> bit & 1) != 0) {
              sheet.add(model.entries.get((op.a() + bit) % model.entries.size()));
            }
          }
          if (op.c() % 5 == 0 && !sheet.isEmpty()) {
            sheet.add(sheet.get(0));
          }
          List<HourEntryId> ids = sheet.stream().map(m -> HourEntryId.of(m.id)).toList();
          Set<String> expected = new TreeSet<>();
          for (M m : sheet) {
            if (m.status == HourStatus.REJECTED || m.status == HourStatus.SUPERSEDED) {
              expected.add("hours.alreadyDecided");
            }
          }
          long sizeBefore = store.size();
          if (!expected.isEmpty()) {
            expectCodes(() -> ledger.approveAll(ids, "m"), expected);
            assertThat(store.size()).as("a refused sheet appends nothing").isEqualTo(sizeBefore);
            break;
          }
          List<HourEntry> result = ledger.approveAll(ids, "m");
          for (M m : sheet) {
            if (m.status == HourStatus.SUBMITTED) {
              m.status = HourStatus.APPROVED;
              if (m.corrects != null) {
                M original = model.find(m.corrects);
                if (original.status == HourStatus.APPROVED) {
                  original.status = HourStatus.SUPERSEDED;
                }
              }
            }
          }
          assertThat(result).hasSize(sheet.size());
          for (int i = 0; i < sheet.size(); i++) {
            assertThat(result.get(i).status()).isEqualTo(sheet.get(i).status);
          }
        }
        default -> {
          // a query: compared below like every step
        }
      }
      check(ledger, model);
      // A snapshot is held over three steps: the changes after it never show in it.
      if (held != null) {
        assertThat(held).as("a snapshot taken earlier").isEqualTo(heldCopy);
      }
      if (step++ % 3 == 0) {
        held = ledger.totalsByVolunteer();
        heldCopy = new HashMap<>(held);
      }
    }
    checkRebuilt(ledger, LedgerFixture.ledger(store), model);
  }

  /** A ledger replayed from the store holds the same entries, totals and audit trails. */
  static void checkRebuilt(HourLedger ledger, HourLedger rebuilt, Model model) {
    assertThat(rebuilt.size()).isEqualTo(ledger.size());
    for (VolunteerId v : VOLUNTEERS) {
      assertThat(rebuilt.entries(v)).isEqualTo(ledger.entries(v));
      assertThat(rebuilt.totals(v)).isEqualTo(ledger.totals(v));
    }
    assertThat(rebuilt.totalsByVolunteer()).isEqualTo(ledger.totalsByVolunteer());
    for (M m : model.entries) {
      HourEntryId id = HourEntryId.of(m.id);
      assertThat(rebuilt.audit(id)).isEqualTo(ledger.audit(id));
    }
  }

  static void expectCodes(Runnable r, Set<String> expected) {
    try {
      r.run();
    } catch (RuleException e) {
      assertThat(codes(e)).isEqualTo(expected);
      return;
    }
    throw new AssertionError("expected " + expected + " but the operation was accepted");
  }

  static void check(HourLedger ledger, Model model) {
    assertThat(ledger.size()).isEqualTo(model.entries.size());
    Set<String> ids = new HashSet<>();
    Map<VolunteerId, HourTotals> all = ledger.totalsByVolunteer();
    Map<VolunteerId, HourTotals> expectedAll = new HashMap<>();
    for (M m : model.entries) {
      expectedAll.put(VOLUNTEERS.get(m.volunteer), model.totals(m.volunteer));
    }
    assertThat(all).as("every volunteer's totals").isEqualTo(expectedAll);
    for (int v = 0; v < VOLUNTEERS.size(); v++) {
      VolunteerId id = VOLUNTEERS.get(v);
      assertThat(ledger.totals(id)).as("totals of " + id).isEqualTo(model.totals(v));
      assertThat(all.get(id)).as("totals of " + id).isEqualTo(expectedAll.get(id));
      List<HourEntry> mine = ledger.entries(id);
      for (HourEntry e : mine) {
        assertThat(ids.add(e.id().value())).as("no id twice").isTrue();
        assertThat(e.status()).isEqualTo(model.find(e.id().value()).status);
      }
      List<HourEntry> approved =
          mine.stream().filter(e -> e.status() == HourStatus.APPROVED).toList();
      for (int i = 0; i < approved.size(); i++) {
        for (int j = i + 1; j < approved.size(); j++) {
          assertThat(approved.get(i).time().overlaps(approved.get(j).time()))
              .as("approved hours never overlap for one volunteer")
              .isFalse();
        }
      }
    }
  }

  @Test
  void ten_thousand_random_sequences_agree_with_the_reference_model() {
    qt().withExamples(10_000)
        .withShrinkCycles(2_000)
        .forAll(lists().of(ops()).ofSizeBetween(1, 24))
        .checkAssert(HourLedgerModelPropertiesTest::run);
  }
}
