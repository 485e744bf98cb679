package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.RecordClass;
import org.tatawwu.privacy.RetainedRecord;
import org.tatawwu.privacy.RetentionHold;
import org.tatawwu.privacy.RetentionReport;
import org.tatawwu.privacy.RetentionSchedule;
import org.tatawwu.privacy.RetentionSweep;
import org.tatawwu.privacy.RetentionTarget;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/** Ten simulated years of monthly sweeps, against dates worked out by hand. */
class RetentionSweepTest {
  static final Privacy PRIVACY = Tatawwu.privacy();

  static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static VolunteerId v(String id) {
    return VolunteerId.of(id);
  }

  /** A platform's own store of one record class, in memory. */
  static final class Records implements RetentionTarget {
    final RecordClass recordClass;
    final Map<String, RetainedRecord> held = new LinkedHashMap<>();

    Records(RecordClass recordClass, RetainedRecord... records) {
      this.recordClass = recordClass;
      for (RetainedRecord r : records) {
        held.put(r.id(), r);
      }
    }

    @Override
    public RecordClass recordClass() {
      return recordClass;
    }

    @Override
    public synchronized List<RetainedRecord> records() {
      return List.copyOf(held.values());
    }

    @Override
    public synchronized void destroy(RetainedRecord record) {
      held.remove(record.id());
    }
  }

  @Test
  void ten_years_of_monthly_sweeps_destroy_each_record_when_due_and_never_what_is_held() {
    TestClock clock = new TestClock(day("2027-01-01"));
    PersonalDataVault vault =
        PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());
    Map<VolunteerId, Instant> lastActivity = new HashMap<>();
    for (String id : List.of("A", "B", "C", "D", "E", "F")) {
      vault.put(v(id), PersonalData.of(Map.of(PersonalField.NAME_ENGLISH, "name of " + id)));
    }
    lastActivity.put(v("A"), day("2027-01-15"));
    lastActivity.put(v("B"), day("2027-06-01"));
    lastActivity.put(v("C"), day("2028-03-10"));
    lastActivity.put(v("E"), day("2027-02-01"));
    lastActivity.put(v("F"), day("2027-01-15"));
    Records checks =
        new Records(
            RecordClass.BACKGROUND_CHECK,
            new RetainedRecord(RecordClass.BACKGROUND_CHECK, "bc-1", v("B"), day("2027-03-31")),
            new RetainedRecord(
                RecordClass.BACKGROUND_CHECK,
                "bc-2",
                v("C"),
                Instant.parse("2028-12-31T21:00:00Z")));
    Records checkIns =
        new Records(
            RecordClass.CHECK_IN_LOCATION,
            new RetainedRecord(
                RecordClass.CHECK_IN_LOCATION,
                "ci-1",
                v("A"),
                Instant.parse("2027-01-10T06:00:00Z")),
            new RetainedRecord(
                RecordClass.CHECK_IN_LOCATION,
                "ci-2",
                v("E"),
                Instant.parse("2027-01-10T06:00:00Z")));
    Records hours =
        new Records(
            RecordClass.HOUR_RECORD,
            new RetainedRecord(RecordClass.HOUR_RECORD, "h-1", v("A"), day("2027-01-02")));
    Set<VolunteerId> inOpenIncident = new HashSet<>(Set.of(v("E")));
    RetentionSweep sweep =
        PRIVACY.retentionSweep(
            List.of(
                new RetentionSchedule(
                    RecordClass.PERSONAL_DATA, Optional.of(Period.ofYears(2)), Period.ofYears(1)),
                new RetentionSchedule(
                    RecordClass.BACKGROUND_CHECK,
                    Optional.of(Period.ofYears(1)),
                    Period.ofMonths(6)),
                new RetentionSchedule(
                    RecordClass.CHECK_IN_LOCATION,
                    Optional.of(Period.ofDays(90)),
                    Period.ofDays(30)),
                RetentionSchedule.forever(RecordClass.HOUR_RECORD)),
            List.of(
                PRIVACY.vaultRetention(vault, s -> Optional.ofNullable(lastActivity.get(s))),
                checks,
                checkIns,
                hours),
            List.of(RetentionHold.subjects("incident.open", () -> Set.copyOf(inOpenIncident))),
            clock);

    Map<String, LocalDate> destroyedOn = new LinkedHashMap<>();
    Map<String, Integer> heldTimes = new HashMap<>();
    for (int month = 0; month < 120; month++) {
      LocalDate today = LocalDate.of(2027, 1, 1).plusMonths(month);
      clock.set(today.atStartOfDay(ZoneOffset.UTC).toInstant());
      if (today.equals(LocalDate.of(2028, 6, 1))) {
        lastActivity.put(v("F"), day("2029-01-01")); // F came back before being due
      }
      if (today.equals(LocalDate.of(2030, 1, 1))) {
        inOpenIncident.clear(); // the incident closed
      }
      if (today.equals(LocalDate.of(2029, 1, 1))) {
        RetentionReport plan = sweep.plan();
        assertThat(plan.performed()).isFalse();
        assertThat(plan.destroyed()).isEmpty();
        assertThat(plan.held()).extracting(h -> h.record().id()).containsExactly("ci-2");
      }
      if (today.equals(LocalDate.of(2029, 2, 1))) {
        RetentionReport plan = sweep.plan();
        assertThat(plan.destroyed()).extracting(RetainedRecord::id).containsExactly("A");
        assertThat(vault.read(v("A"))).isPresent(); // a plan destroys nothing
      }
      RetentionReport report = sweep.run();
      assertThat(report.performed()).isTrue();
      assertThat(report.at()).isEqualTo(clock.instant());
      for (RetainedRecord r : report.destroyed()) {
        assertThat(destroyedOn.put(r.id(), today)).as("destroyed twice: %s", r.id()).isNull();
      }
      for (RetentionReport.Held h : report.held()) {
        assertThat(h.reason()).isEqualTo("incident.open");
        heldTimes.merge(h.record().id(), 1, Integer::sum);
      }
    }

    Map<String, LocalDate> expected = new LinkedHashMap<>();
    expected.put("ci-1", LocalDate.of(2027, 5, 1)); // 2027-01-10 + 90 days = 04-10
    expected.put("bc-1", LocalDate.of(2028, 4, 1)); // 2027-03-31 + 1 year
    expected.put("A", LocalDate.of(2029, 2, 1)); // 2027-01-15 + 2 years
    expected.put("B", LocalDate.of(2029, 6, 1)); // due exactly at the sweep
    expected.put("E", LocalDate.of(2030, 1, 1)); // due 2029-02-01, held until the incident closed
    expected.put("ci-2", LocalDate.of(2030, 1, 1)); // due 2027-04-10, held likewise
    expected.put("bc-2", LocalDate.of(2030, 1, 1)); // 2028-12-31T21:00Z + 1 year
    expected.put("C", LocalDate.of(2030, 4, 1)); // 2028-03-10 + 2 years
    expected.put("F", LocalDate.of(2031, 1, 1)); // active again until 2029-01-01
    assertThat(destroyedOn).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(heldTimes).containsEntry("E", 11).containsEntry("ci-2", 32).hasSize(2);
    assertThat(hours.records()).extracting(RetainedRecord::id).containsExactly("h-1");
    assertThat(vault.subjects()).containsExactly(v("D"));
    assertThat(vault.erased(v("A"))).isTrue();
    assertThat(vault.read(v("A"))).isEmpty();
    assertThat(checks.records()).isEmpty();
  }

  @Test
  void a_schedule_never_keeps_records_less_than_the_law_requires() {
    assertThatThrownBy(
            () ->
                new RetentionSchedule(
                    RecordClass.FUND_RECORD, Optional.of(Period.ofYears(1)), Period.ofYears(10)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("privacy.retention.belowLaw"));
    RetentionSchedule s =
        new RetentionSchedule(
            RecordClass.APPRAISAL, Optional.of(Period.ofMonths(1)), Period.ofMonths(1));
    assertThat(s.dueAt(day("2027-01-31"))).contains(day("2027-02-28"));
    assertThat(RetentionSchedule.forever(RecordClass.FUND_RECORD).dueAt(day("2027-01-31")))
        .isEmpty();
    assertThatThrownBy(
            () ->
                PRIVACY.retentionSweep(
                    List.of(
                        RetentionSchedule.forever(RecordClass.FUND_RECORD),
                        RetentionSchedule.forever(RecordClass.FUND_RECORD)),
                    new ArrayList<>(),
                    List.of(),
                    new TestClock(day("2027-01-01"))))
        .isInstanceOf(InvalidValueException.class);
  }
}
