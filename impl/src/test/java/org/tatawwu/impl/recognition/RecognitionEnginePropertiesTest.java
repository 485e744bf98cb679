package org.tatawwu.impl.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tatawwu.field.FieldCode;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.recognition.Award;
import org.tatawwu.recognition.AwardChange;
import org.tatawwu.recognition.Criterion;
import org.tatawwu.recognition.LedgerOperation;
import org.tatawwu.recognition.RecognitionEngine;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.recognition.RecognitionRule;
import org.tatawwu.recognition.ServiceRecord;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.VolunteerId;

/** Awards follow the ledger, over random sequences of approvals and corrections. */
class RecognitionEnginePropertiesTest {
  static final List<VolunteerId> VOLUNTEERS = List.of(VolunteerId.of("V-1"), VolunteerId.of("V-2"));
  static final List<FieldCode> FIELDS =
      List.of(FieldCode.of("HEALTH"), FieldCode.of("HEALTH.FIRST_AID"), FieldCode.of("EDUCATION"));

  static RecognitionRule rule(String id, RecognitionRule.Kind kind, Criterion c) {
    return new RecognitionRule(
        id, kind, c, BilingualText.of("وسام", id), BilingualText.of("وصف", id));
  }

  static final RecognitionPolicy POLICY =
      new RecognitionPolicy(
          "properties",
          1,
          List.of(
              rule("bronze", RecognitionRule.Kind.LEVEL, new Criterion.CumulativeHours(60)),
              rule("silver", RecognitionRule.Kind.LEVEL, new Criterion.CumulativeHours(300)),
              rule("gold", RecognitionRule.Kind.LEVEL, new Criterion.CumulativeHours(1000)),
              rule(
                  "health",
                  RecognitionRule.Kind.BADGE,
                  new Criterion.HoursInField(FieldCode.of("HEALTH"), 120)),
              rule("incidents", RecognitionRule.Kind.BADGE, new Criterion.IncidentsServed(2)),
              rule("first", RecognitionRule.Kind.BADGE, new Criterion.FirstResponse()),
              rule("years", RecognitionRule.Kind.BADGE, new Criterion.YearsOfService(2))));

  /** Draws operations as tuples of small integers, turned into a consistent ledger history. */
  static Gen<List<LedgerOperation>> histories() {
    Gen<List<Integer>> step = lists().of(integers().between(0, 599)).ofSize(7);
    return lists().of(step).ofSizeBetween(1, 40).map(RecognitionEnginePropertiesTest::history);
  }

  static List<LedgerOperation> history(List<List<Integer>> steps) {
    List<LedgerOperation> ops = new ArrayList<>();
    Map<VolunteerId, List<HourEntryId>> current = new HashMap<>();
    int n = 0;
    for (List<Integer> s : steps) {
      VolunteerId v = VOLUNTEERS.get(s.get(1) % 2);
      int incident = s.get(5) % 4;
      ServiceRecord r =
          ServiceRecord.builder()
              .entry(HourEntryId.of("E" + ++n))
              .volunteer(v)
              .field(FIELDS.get(s.get(2) % 3))
              .day(LocalDate.of(2023 + s.get(4) % 3, 1 + s.get(4) % 12, 1))
              .minutes(1 + s.get(3))
              .incident(incident == 0 ? Optional.empty() : Optional.of("INC-" + incident))
              .firstResponse(incident != 0 && s.get(6) % 3 == 0)
              .build();
      List<HourEntryId> mine = current.computeIfAbsent(v, k -> new ArrayList<>());
      if (s.get(0) % 3 == 0 && !mine.isEmpty()) {
        HourEntryId target = mine.remove(s.get(6) % mine.size());
        ops.add(new LedgerOperation.Correct(target, r));
      } else {
        ops.add(new LedgerOperation.Approve(r));
      }
      mine.add(r.entry());
    }
    return ops;
  }

  /** The model: which rules a set of records meets, computed directly from the definitions. */
  static Set<String> expected(List<ServiceRecord> records) {
    Set<String> out = new TreeSet<>();
    long total = records.stream().mapToLong(ServiceRecord::minutes).sum();
    long health =
        records.stream()
            .filter(
                r -> r.field().value().equals("HEALTH") || r.field().value().startsWith("HEALTH."))
            .mapToLong(ServiceRecord::minutes)
            .sum();
    long incidents = records.stream().flatMap(r -> r.incident().stream()).distinct().count();
    long years = records.stream().map(r -> r.day().getYear()).distinct().count();
    if (total >= 60) {
      out.add("bronze");
    }
    if (total >= 300) {
      out.add("silver");
    }
    if (total >= 1000) {
      out.add("gold");
    }
    if (health >= 120) {
      out.add("health");
    }
    if (incidents >= 2) {
      out.add("incidents");
    }
    if (records.stream().anyMatch(ServiceRecord::firstResponse)) {
      out.add("first");
    }
    if (years >= 2) {
      out.add("years");
    }
    return out;
  }

  static Set<String> ids(Set<Award> awards) {
    Set<String> out = new TreeSet<>();
    awards.forEach(a -> out.add(a.ruleId()));
    return out;
  }

  @Test
  void awards_always_equal_what_the_current_approved_service_meets() {
    qt().withExamples(500)
        .forAll(histories())
        .checkAssert(
            ops -> {
              RecognitionEngine engine = new DefaultRecognitionEngine(POLICY);
              Map<HourEntryId, ServiceRecord> current = new LinkedHashMap<>();
              for (LedgerOperation op : ops) {
                engine.apply(op);
                if (op instanceof LedgerOperation.Correct c) {
                  current.remove(c.superseded());
                  current.put(c.correction().entry(), c.correction());
                } else {
                  ServiceRecord r = ((LedgerOperation.Approve) op).service();
                  current.put(r.entry(), r);
                }
                for (VolunteerId v : VOLUNTEERS) {
                  List<ServiceRecord> mine =
                      current.values().stream().filter(r -> r.volunteer().equals(v)).toList();
                  assertThat(ids(engine.awards(v))).isEqualTo(expected(mine));
                }
              }
            });
  }

  @Test
  void changes_alternate_and_a_replay_of_the_whole_history_awards_nothing_twice() {
    qt().withExamples(500)
        .forAll(histories())
        .checkAssert(
            ops -> {
              RecognitionEngine engine = new DefaultRecognitionEngine(POLICY);
              Map<Award, AwardChange.Type> last = new HashMap<>();
              for (LedgerOperation op : ops) {
                for (AwardChange change : engine.apply(op)) {
                  AwardChange.Type before = last.put(change.award(), change.type());
                  // Awarded only when not held, revoked only when held.
                  assertThat(before).isNotEqualTo(change.type());
                  if (before == null) {
                    assertThat(change.type()).isEqualTo(AwardChange.Type.AWARDED);
                  }
                }
              }
              Map<VolunteerId, Set<Award>> held = new HashMap<>();
              VOLUNTEERS.forEach(v -> held.put(v, engine.awards(v)));
              for (LedgerOperation op : ops) {
                assertThat(engine.apply(op)).isEmpty();
              }
              VOLUNTEERS.forEach(v -> assertThat(engine.awards(v)).isEqualTo(held.get(v)));
            });
  }

  @Test
  void a_correction_that_takes_a_volunteer_below_a_level_revokes_it() {
    qt().withExamples(500)
        .forAll(
            lists().of(integers().between(1, 200)).ofSizeBetween(1, 10), integers().between(0, 9))
        .checkAssert(
            (minutes, pick) -> {
              RecognitionEngine engine = new DefaultRecognitionEngine(POLICY);
              VolunteerId v = VOLUNTEERS.get(0);
              long total = 0;
              for (int i = 0; i < minutes.size(); i++) {
                engine.apply(new LedgerOperation.Approve(record("A" + i, v, minutes.get(i))));
                total += minutes.get(i);
              }
              int target = pick % minutes.size();
              long after = total - minutes.get(target) + 1;
              List<AwardChange> changes =
                  engine.apply(
                      new LedgerOperation.Correct(HourEntryId.of("A" + target), record("C", v, 1)));
              Set<String> revoked = new HashSet<>();
              changes.forEach(
                  c -> {
                    assertThat(c.type()).isEqualTo(AwardChange.Type.REVOKED);
                    revoked.add(c.award().ruleId());
                  });
              Set<String> crossed = new HashSet<>();
              if (total >= 60 && after < 60) {
                crossed.add("bronze");
              }
              if (total >= 300 && after < 300) {
                crossed.add("silver");
              }
              if (total >= 1000 && after < 1000) {
                crossed.add("gold");
              }
              if (total >= 120 && after < 120) {
                crossed.add("health");
              }
              assertThat(revoked).isEqualTo(crossed);
            });
  }

  static ServiceRecord record(String id, VolunteerId v, long minutes) {
    return ServiceRecord.builder()
        .entry(HourEntryId.of(id))
        .volunteer(v)
        .field(FieldCode.of("HEALTH"))
        .day(LocalDate.of(2025, 1, 1))
        .minutes(minutes)
        .firstResponse(false)
        .build();
  }
}
