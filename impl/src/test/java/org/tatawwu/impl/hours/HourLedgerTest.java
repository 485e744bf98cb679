package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.PARTNER;
import static org.tatawwu.impl.hours.LedgerFixture.RELIEF;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.claim;
import static org.tatawwu.impl.hours.LedgerFixture.ledger;
import static org.tatawwu.impl.hours.LedgerFixture.riyadh;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.AuditRecord;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;

class HourLedgerTest {
  final HourLedger ledger = ledger();

  static HourTotals at(Map<TotalsKey, HourTotals> totals, TotalsKey key) {
    return java.util.Objects.requireNonNull(totals.get(key), key.toString());
  }

  static RuleException rejected(Runnable r) {
    try {
      r.run();
    } catch (RuleException e) {
      return e;
    }
    throw new AssertionError("expected an RuleException");
  }

  @Test
  void a_shift_past_midnight_credits_positive_hours_on_its_start_day() {
    HourEntry e = ledger.submit(claim("k1", SARA, "2025-03-10T22:00", "2025-03-11T02:00"));
    assertThat(e.creditedMinutes()).isEqualTo(240);
    assertThat(e.day()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(e.status()).isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void durations_are_exact_across_dst_gaps_and_overlaps_in_a_partner_zone() {
    // Europe/Berlin springs forward on 2025-03-30 at 02:00: 00:00-06:00 local is 5 hours.
    Instant start =
        LocalDateTime.parse("2025-03-30T00:00").atZone(LedgerFixture.BERLIN).toInstant();
    Instant end = LocalDateTime.parse("2025-03-30T06:00").atZone(LedgerFixture.BERLIN).toInstant();
    HourLedger l =
        org.tatawwu.Tatawwu.hourLedger(
            org.tatawwu.hours.HourPolicy.DEFAULT,
            LedgerFixture.directory(),
            java.time.Clock.fixed(Instant.parse("2025-03-31T12:00:00Z"), LedgerFixture.RIYADH));
    HourEntry e =
        l.submit(
            HourSubmission.builder()
                .key(IdempotencyKey.of("dst"))
                .volunteer(SARA)
                .opportunity(PARTNER)
                .time(TimeRange.of(start, end))
                .source(HourSource.CLAIM)
                .compulsory(false)
                .submittedBy("sys")
                .build());
    assertThat(e.creditedMinutes()).isEqualTo(300);
    assertThat(e.day()).isEqualTo(LocalDate.of(2025, 3, 30));
  }

  @Test
  void a_leap_second_timestamp_is_read_as_the_last_second_and_measured_exactly() {
    Instant leap = Instant.parse("2016-12-31T23:59:60Z");
    assertThat(leap).isEqualTo(Instant.parse("2016-12-31T23:59:59Z"));
    assertThat(TimeRange.of(leap, leap.plusSeconds(3601)).duration().toMinutes()).isEqualTo(60);
  }

  @Test
  void rounds_down_to_the_increment_and_enforces_length_limits() {
    assertThat(
            ledger
                .submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T09:29"))
                .creditedMinutes())
        .isEqualTo(75);
    assertThat(
            rejected(() -> ledger.submit(claim("b", SARA, "2025-03-11T08:00", "2025-03-11T08:14")))
                .has("hours.tooShort"))
        .isTrue();
    assertThat(
            rejected(() -> ledger.submit(claim("c", SARA, "2025-03-12T00:00", "2025-03-12T16:01")))
                .has("hours.tooLong"))
        .isTrue();
    assertThat(
            ledger
                .submit(claim("d", SARA, "2025-03-12T00:00", "2025-03-12T16:00"))
                .creditedMinutes())
        .isEqualTo(960);
  }

  @Test
  void zero_negative_and_huge_durations_cannot_even_be_expressed_or_are_rejected() {
    Instant t = riyadh("2025-03-10T08:00");
    assertThatThrownBy(() -> TimeRange.of(t, t)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimeRange.of(t, t.minusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class);
    RuleException huge =
        rejected(
            () ->
                ledger.submit(
                    HourSubmission.builder()
                        .key(IdempotencyKey.of("h"))
                        .volunteer(SARA)
                        .opportunity(RELIEF)
                        .time(TimeRange.of(Instant.MIN, Instant.MAX))
                        .source(HourSource.CLAIM)
                        .compulsory(false)
                        .submittedBy("sys")
                        .build()));
    assertThat(huge.has("hours.tooLong")).isTrue();
    assertThat(ledger.size()).isZero();
  }

  @Test
  void claims_from_the_future_and_beyond_the_window_are_rejected_with_clock_skew_tolerated() {
    assertThat(
            rejected(() -> ledger.submit(claim("f", SARA, "2025-03-20T14:00", "2025-03-20T15:06")))
                .has("hours.future"))
        .isTrue();
    // 15:04 Riyadh is 12:04Z: within the 5-minute skew.
    assertThat(ledger.submit(claim("g", SARA, "2025-03-20T14:00", "2025-03-20T15:04")).status())
        .isEqualTo(HourStatus.SUBMITTED);
    HourLedger april =
        org.tatawwu.Tatawwu.hourLedger(
            org.tatawwu.hours.HourPolicy.DEFAULT,
            LedgerFixture.directory(),
            java.time.Clock.fixed(Instant.parse("2025-04-15T12:00:00Z"), LedgerFixture.RIYADH));
    assertThat(
            rejected(() -> april.submit(claim("old", SARA, "2025-03-10T08:00", "2025-03-10T10:00")))
                .has("hours.tooOld"))
        .isTrue();
  }

  @Test
  void hours_must_lie_within_the_opportunitys_dates() {
    RuleException e =
        rejected(() -> ledger.submit(claim("x", SARA, "2025-02-28T22:00", "2025-03-01T02:00")));
    assertThat(e.has("hours.outsideOpportunity")).isTrue();
    assertThat(e.problems(Locale.ENGLISH).get(0).message()).contains("1446-09-01 AH (2025-03-01)");
  }

  @Test
  void overlapping_hours_are_rejected_across_entities_but_adjacent_ones_are_fine() {
    ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    ledger.submit(claim("b", SARA, "2025-03-10T12:00", "2025-03-10T14:00"));
    Instant s = riyadh("2025-03-10T13:00");
    HourSubmission other =
        HourSubmission.builder()
            .key(IdempotencyKey.of("c"))
            .volunteer(SARA)
            .opportunity(PARTNER)
            .time(TimeRange.of(s, s.plusSeconds(3600)))
            .source(HourSource.CLAIM)
            .compulsory(false)
            .submittedBy("sys")
            .build();
    assertThat(rejected(() -> ledger.submit(other)).has("hours.overlap")).isTrue();
    assertThat(ledger.submit(claim("d", OMAR, "2025-03-10T08:00", "2025-03-10T12:00")).status())
        .isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void a_rejected_entry_frees_its_time() {
    HourEntry a = ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    ledger.reject(a.id(), "mgr", "not present");
    assertThat(ledger.submit(claim("b", SARA, "2025-03-10T08:00", "2025-03-10T12:00")).status())
        .isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void caps_the_credited_hours_per_volunteer_per_day() {
    ledger.submit(claim("a", SARA, "2025-03-10T00:00", "2025-03-10T10:00"));
    ledger.submit(claim("b", SARA, "2025-03-10T10:00", "2025-03-10T16:00"));
    assertThat(
            rejected(() -> ledger.submit(claim("c", SARA, "2025-03-10T16:00", "2025-03-10T16:15")))
                .has("hours.dailyCap"))
        .isTrue();
    assertThat(ledger.submit(claim("d", SARA, "2025-03-11T00:00", "2025-03-11T01:00")).status())
        .isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void reports_every_broken_rule_at_once_in_english_and_arabic() {
    HourSubmission bad =
        HourSubmission.builder()
            .key(IdempotencyKey.of("bad"))
            .volunteer(SARA)
            .opportunity(org.tatawwu.opportunity.OpportunityNumber.parse("99999999999"))
            .time(TimeRange.of(riyadh("2025-03-25T08:00"), riyadh("2025-03-25T08:10")))
            .source(HourSource.CLAIM)
            .compulsory(false)
            .submittedBy("sys")
            .build();
    RuleException e = rejected(() -> ledger.submit(bad));
    assertThat(e.violations())
        .extracting(v -> v.code())
        .containsExactly("hours.unknownOpportunity", "hours.tooShort", "hours.future");
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly(
            "the opportunity 99999999999 is not known",
            "one entry must be at least 15 minutes once rounded",
            "hours cannot be recorded for time that has not yet passed");
    assertThat(e.problems(Locale.forLanguageTag("ar")))
        .extracting(Problem::message)
        .contains("لا يمكن تسجيل ساعات لوقت لم يمضِ بعد");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void a_replay_returns_the_existing_entry_and_appends_nothing() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger l = LedgerFixture.ledger(store);
    HourEntry first = l.submit(claim("k", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    HourEntry again = l.submit(claim("k", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    assertThat(again).isEqualTo(first);
    assertThat(store.size()).isEqualTo(1);
    assertThat(l.size()).isEqualTo(1);
    RuleException conflict =
        rejected(() -> l.submit(claim("k", SARA, "2025-03-10T08:00", "2025-03-10T12:15")));
    assertThat(conflict.has("hours.idempotencyConflict")).isTrue();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void approving_or_rejecting_twice_is_harmless_and_decisions_are_final() {
    HourEntry a = ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    HourEntry approved = ledger.approve(a.id(), "mgr");
    assertThat(ledger.approve(a.id(), "mgr2")).isEqualTo(approved);
    assertThat(rejected(() -> ledger.reject(a.id(), "mgr", "no")).has("hours.alreadyDecided"))
        .isTrue();
    HourEntry b = ledger.submit(claim("b", SARA, "2025-03-11T08:00", "2025-03-11T12:00"));
    HourEntry r = ledger.reject(b.id(), "mgr", "not present");
    assertThat(ledger.reject(b.id(), "mgr", "again")).isEqualTo(r);
    assertThat(rejected(() -> ledger.approve(b.id(), "mgr")).has("hours.alreadyDecided")).isTrue();
    assertThat(r.note()).contains("not present");
  }

  @Test
  void unapproved_hours_are_never_counted_but_reported_as_pending() {
    HourEntry a = ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    ledger.submit(claim("b", SARA, "2025-03-11T08:00", "2025-03-11T09:00"));
    ledger.approve(a.id(), "mgr");
    assertThat(ledger.totals(SARA)).isEqualTo(new HourTotals(240, 0, 60, 1));
    assertThat(ledger.totals(RELIEF).approvedMinutes()).isEqualTo(240);
  }

  @Test
  void a_correction_reverses_and_replaces_with_a_full_audit_trail() {
    HourEntry a = ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    ledger.approve(a.id(), "mgr");
    HourEntry fix =
        ledger.correct(
            a.id(), claim("a-fix", SARA, "2025-03-10T08:00", "2025-03-10T11:00"), "left at 11");
    assertThat(fix.source()).isEqualTo(HourSource.CORRECTION);
    assertThat(ledger.totals(SARA).approvedMinutes()).isEqualTo(240);
    ledger.approve(fix.id(), "supervisor");
    assertThat(ledger.entry(a.id()).orElseThrow().status()).isEqualTo(HourStatus.SUPERSEDED);
    assertThat(ledger.entry(a.id()).orElseThrow().supersededBy()).contains(fix.id());
    assertThat(ledger.totals(SARA)).isEqualTo(new HourTotals(180, 0, 0, 1));
    List<AuditRecord> trail = ledger.audit(a.id());
    assertThat(trail)
        .extracting(AuditRecord::action)
        .containsExactly(
            "submitted", "approved", "correction submitted as " + fix.id(), "superseded");
    assertThat(trail.get(2).note()).contains("left at 11");
    assertThat(trail.get(3).actor()).isEqualTo("supervisor");
    assertThat(
            rejected(
                    () ->
                        ledger.correct(
                            fix.id(),
                            claim("z", OMAR, "2025-03-10T08:00", "2025-03-10T09:00"),
                            "x"))
                .has("hours.otherVolunteer"))
        .isTrue();
    HourEntry pending = ledger.submit(claim("p", SARA, "2025-03-12T08:00", "2025-03-12T09:00"));
    assertThat(
            rejected(
                    () ->
                        ledger.correct(
                            pending.id(),
                            claim("p2", SARA, "2025-03-12T08:00", "2025-03-12T09:30"),
                            "x"))
                .has("hours.notApproved"))
        .isTrue();
  }

  @Test
  void a_rejected_correction_leaves_the_original_counted_and_its_time_taken() {
    HourEntry a =
        ledger.approve(
            ledger.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00")).id(), "mgr");
    HourEntry fix =
        ledger.correct(a.id(), claim("fix", SARA, "2025-03-10T08:00", "2025-03-10T10:00"), "typo");
    ledger.reject(fix.id(), "supervisor", "original was right");
    assertThat(ledger.totals(SARA).approvedMinutes()).isEqualTo(240);
    assertThat(
            rejected(() -> ledger.submit(claim("c", SARA, "2025-03-10T09:00", "2025-03-10T10:00")))
                .has("hours.overlap"))
        .isTrue();
  }

  @Test
  void attendance_needs_a_check_out_within_the_policy() {
    HourSubmission late =
        HourSubmission.builder()
            .key(IdempotencyKey.of("att"))
            .volunteer(OMAR)
            .opportunity(RELIEF)
            .time(TimeRange.of(riyadh("2025-03-10T06:00"), riyadh("2025-03-11T06:00")))
            .source(HourSource.ATTENDANCE)
            .compulsory(false)
            .submittedBy("gate")
            .build();
    RuleException e = rejected(() -> ledger.recordAttendance(late));
    assertThat(e.has("hours.checkOutTooLate")).isTrue();
    HourSubmission ok =
        HourSubmission.builder()
            .key(IdempotencyKey.of("att2"))
            .volunteer(OMAR)
            .opportunity(RELIEF)
            .time(TimeRange.of(riyadh("2025-03-10T06:00"), riyadh("2025-03-10T14:00")))
            .source(HourSource.ATTENDANCE)
            .compulsory(false)
            .submittedBy("gate")
            .build();
    assertThat(ledger.recordAttendance(ok).creditedMinutes()).isEqualTo(480);
  }

  @Test
  void a_roster_imports_all_lines_or_none_naming_every_bad_line() {
    List<HourSubmission> roster =
        List.of(
            claim("r1", SARA, "2025-03-10T08:00", "2025-03-10T12:00"),
            claim("r2", OMAR, "2025-03-10T08:00", "2025-03-10T12:00"),
            claim("r3", SARA, "2025-03-10T11:00", "2025-03-10T13:00"),
            claim("r4", OMAR, "2025-03-25T08:00", "2025-03-25T12:00"));
    RuleException e = rejected(() -> ledger.importRoster(roster));
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line 3", "hours.overlap"),
            org.assertj.core.groups.Tuple.tuple("line 4", "hours.future"));
    assertThat(ledger.size()).isZero();
    List<HourEntry> imported = ledger.importRoster(roster.subList(0, 2));
    assertThat(imported).hasSize(2).extracting(HourEntry::id).doesNotHaveDuplicates();
    assertThat(ledger.importRoster(roster.subList(0, 2))).isEqualTo(imported);
    assertThat(ledger.size()).isEqualTo(2);
  }

  @Test
  void totals_follow_the_ilo_definition_by_excluding_compulsory_hours() {
    HourEntry school =
        ledger.submit(
            HourSubmission.builder()
                .key(IdempotencyKey.of("school"))
                .volunteer(SARA)
                .opportunity(RELIEF)
                .time(TimeRange.of(riyadh("2025-03-10T08:00"), riyadh("2025-03-10T10:00")))
                .source(HourSource.CLAIM)
                .compulsory(true)
                .submittedBy("sys")
                .build());
    HourEntry free = ledger.submit(claim("free", SARA, "2025-03-11T08:00", "2025-03-11T11:00"));
    ledger.approve(school.id(), "mgr");
    ledger.approve(free.id(), "mgr");
    HourTotals t = ledger.totals(SARA);
    assertThat(t.approvedMinutes()).isEqualTo(300);
    assertThat(t.compulsoryMinutes()).isEqualTo(120);
    assertThat(t.iloMinutes()).isEqualTo(180);
  }

  @Test
  void aggregates_by_dimension_and_gregorian_and_hijri_period() {
    HourLedger ledger =
        org.tatawwu.Tatawwu.hourLedger(
            org.tatawwu.hours.HourPolicy.DEFAULT.withClaimWindow(java.time.Duration.ofDays(60)),
            LedgerFixture.directory(),
            java.time.Clock.fixed(Instant.parse("2025-04-01T12:00:00Z"), LedgerFixture.RIYADH));
    // 2025-03-01 is 1 Ramadan 1446; 2025-02-28 would be 29 Sha'ban (outside the opportunity).
    ledger.approve(
        ledger.submit(claim("a", SARA, "2025-03-01T08:00", "2025-03-01T10:00")).id(), "m");
    ledger.approve(
        ledger.submit(claim("b", OMAR, "2025-03-30T08:00", "2025-03-30T09:00")).id(), "m");
    ledger.approve(
        ledger.submit(claim("c", SARA, "2025-03-31T08:00", "2025-03-31T08:30")).id(), "m");
    Instant s = riyadh("2025-03-12T10:00");
    ledger.submit(
        HourSubmission.builder()
            .key(IdempotencyKey.of("p"))
            .volunteer(OMAR)
            .opportunity(PARTNER)
            .time(TimeRange.of(s, s.plusSeconds(3600)))
            .source(HourSource.CLAIM)
            .compulsory(false)
            .submittedBy("sys")
            .build());
    DateRange march = DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
    Map<TotalsKey, HourTotals> hijri = ledger.totals(Dimension.ALL, Bucket.HIJRI_MONTH, march);
    assertThat(hijri.keySet())
        .containsExactly(
            TotalsKey.of(Dimension.ALL, "all", "1446-09"),
            TotalsKey.of(Dimension.ALL, "all", "1446-10"));
    assertThat(at(hijri, TotalsKey.of(Dimension.ALL, "all", "1446-09")).approvedMinutes())
        .isEqualTo(120);
    assertThat(at(hijri, TotalsKey.of(Dimension.ALL, "all", "1446-09")).pendingMinutes())
        .isEqualTo(60);
    assertThat(at(hijri, TotalsKey.of(Dimension.ALL, "all", "1446-10")).approvedMinutes())
        .isEqualTo(90);
    Map<TotalsKey, HourTotals> byRegion = ledger.totals(Dimension.REGION, Bucket.MONTH, march);
    assertThat(at(byRegion, TotalsKey.of(Dimension.REGION, "SA-01", "2025-03")).approvedMinutes())
        .isEqualTo(210);
    assertThat(at(byRegion, TotalsKey.of(Dimension.REGION, "SA-04", "2025-03")).pendingMinutes())
        .isEqualTo(60);
    assertThat(
            at(
                    ledger.totals(Dimension.SUPERVISING_ENTITY, Bucket.YEAR, march),
                    TotalsKey.of(Dimension.SUPERVISING_ENTITY, "SUP-1", "2025"))
                .approvedMinutes())
        .isEqualTo(210);
    assertThat(
            at(
                    ledger.totals(Dimension.FIELD, Bucket.NONE, march),
                    TotalsKey.of(Dimension.FIELD, "RELIEF", "all"))
                .approvedEntries())
        .isEqualTo(3);
    assertThat(
            at(
                    ledger.totals(Dimension.VOLUNTEER, Bucket.WEEK, march),
                    TotalsKey.of(Dimension.VOLUNTEER, "V-sara", "2025-W09"))
                .approvedMinutes())
        .isEqualTo(120);
    assertThat(
            at(
                    ledger.totals(Dimension.OPPORTUNITY, Bucket.DAY, march),
                    TotalsKey.of(Dimension.OPPORTUNITY, "20250000001", "2025-03-31"))
                .approvedMinutes())
        .isEqualTo(30);
    assertThat(
            at(
                    ledger.totals(Dimension.ENTITY, Bucket.HIJRI_YEAR, march),
                    TotalsKey.of(Dimension.ENTITY, "E1", "1446"))
                .approvedMinutes())
        .isEqualTo(210);
  }

  @Test
  void replaying_the_event_store_rebuilds_the_same_ledger() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger l = LedgerFixture.ledger(store);
    HourEntry a =
        l.approve(l.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00")).id(), "m");
    l.reject(
        l.submit(claim("b", OMAR, "2025-03-10T08:00", "2025-03-10T12:00")).id(), "m", "absent");
    l.approve(
        l.correct(a.id(), claim("c", SARA, "2025-03-10T08:00", "2025-03-10T11:00"), "fix").id(),
        "m");
    l.submit(claim("d", OMAR, "2025-03-11T08:00", "2025-03-11T09:00"));
    HourLedger rebuilt = LedgerFixture.ledger(store);
    for (var v : List.of(SARA, OMAR)) {
      assertThat(rebuilt.entries(v)).isEqualTo(l.entries(v));
      assertThat(rebuilt.totals(v)).isEqualTo(l.totals(v));
    }
    assertThat(rebuilt.audit(a.id())).isEqualTo(l.audit(a.id()));
    HourEntry next = rebuilt.submit(claim("e", OMAR, "2025-03-12T08:00", "2025-03-12T09:00"));
    assertThat(next.id().value()).isEqualTo("H5");
  }

  @Test
  void direct_volunteering_is_reported_apart_from_organisation_based_volunteering() {
    HourEntry org =
        ledger.approve(
            ledger.submit(claim("org", SARA, "2025-03-10T08:00", "2025-03-10T10:00")).id(), "m");
    HourEntry direct =
        ledger.approve(
            ledger
                .submit(
                    HourSubmission.builder()
                        .key(IdempotencyKey.of("direct"))
                        .volunteer(SARA)
                        .opportunity(RELIEF)
                        .time(TimeRange.of(riyadh("2025-03-11T08:00"), riyadh("2025-03-11T09:00")))
                        .source(HourSource.DIRECT)
                        .compulsory(false)
                        .submittedBy("self")
                        .build())
                .id(),
            "m");
    ledger.submit(
        HourSubmission.builder()
            .key(IdempotencyKey.of("direct-pending"))
            .volunteer(OMAR)
            .opportunity(RELIEF)
            .time(TimeRange.of(riyadh("2025-03-11T08:00"), riyadh("2025-03-11T08:30")))
            .source(HourSource.DIRECT)
            .compulsory(false)
            .submittedBy("self")
            .build());
    // A correction of a direct entry stays direct.
    ledger.approve(
        ledger
            .correct(
                direct.id(),
                claim("direct-fix", SARA, "2025-03-11T08:00", "2025-03-11T09:30"),
                "longer")
            .id(),
        "m");
    DateRange march = DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
    Map<TotalsKey, HourTotals> byMode = ledger.totals(Dimension.MODE, Bucket.NONE, march);
    assertThat(at(byMode, TotalsKey.of(Dimension.MODE, "organisation", "all")).approvedMinutes())
        .isEqualTo(120);
    assertThat(at(byMode, TotalsKey.of(Dimension.MODE, "direct", "all")).approvedMinutes())
        .isEqualTo(90);
    assertThat(at(byMode, TotalsKey.of(Dimension.MODE, "direct", "all")).pendingMinutes())
        .isEqualTo(30);
    assertThat(org.status()).isEqualTo(HourStatus.APPROVED);
  }

  @Test
  void a_sheet_is_approved_as_one_naming_every_entry_it_cannot_approve() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger l = LedgerFixture.ledger(store);
    HourEntry a = l.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    HourEntry b = l.submit(claim("b", OMAR, "2025-03-10T08:00", "2025-03-10T12:00"));
    HourEntry c = l.submit(claim("c", OMAR, "2025-03-11T08:00", "2025-03-11T12:00"));
    l.reject(c.id(), "mgr", "absent");
    long events = store.size();
    RuleException refused =
        rejected(
            () ->
                l.approveAll(
                    List.of(a.id(), c.id(), org.tatawwu.hours.HourEntryId.of("H99")), "mgr"));
    assertThat(refused.violations())
        .extracting(v -> v.code() + " " + v.arguments().get("entry"))
        .containsExactly("hours.alreadyDecided H3", "hours.unknownEntry H99");
    assertThat(store.size()).as("nothing of a refused sheet is appended").isEqualTo(events);
    assertThat(l.entry(a.id()).orElseThrow().status()).isEqualTo(HourStatus.SUBMITTED);

    List<HourEntry> sheet = l.approveAll(List.of(a.id(), b.id(), a.id()), "mgr");
    assertThat(sheet).extracting(HourEntry::status).containsOnly(HourStatus.APPROVED);
    assertThat(sheet.get(2)).isEqualTo(sheet.get(0));
    assertThat(store.size()).isEqualTo(events + 2);

    // A correction and the entry it corrects on one sheet: the correction supersedes it, once.
    HourEntry c1 =
        l.correct(a.id(), claim("c1", SARA, "2025-03-10T08:00", "2025-03-10T09:00"), "fix");
    long before = store.size();
    List<HourEntry> fixed = l.approveAll(List.of(c1.id(), a.id()), "lead");
    assertThat(store.size()).as("one approval and one supersession").isEqualTo(before + 2);
    assertThat(fixed.get(1).status()).isEqualTo(HourStatus.SUPERSEDED);
    assertThat(fixed.get(1).supersededBy()).contains(c1.id());
    assertThat(l.totals(SARA).approvedMinutes()).isEqualTo(60);
    assertThat(l.approveAll(List.of(), "lead")).isEmpty();
    assertThat(l.audit(org.tatawwu.hours.HourEntryId.of("H404"))).isEmpty();
    assertThatThrownBy(
            () ->
                l.correct(c1.id(), claim("c3", SARA, "2025-03-10T08:00", "2025-03-10T08:30"), " "))
        .isInstanceOf(RuleException.class)
        .hasMessage("1 rule(s) broken: hours.reasonRequired");
    assertThat(store.size()).isEqualTo(before + 2);
  }

  @Test
  void a_blank_reason_is_refused_as_a_broken_rule_in_both_languages_and_nothing_is_recorded() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger l = LedgerFixture.ledger(store);
    HourEntry a = l.submit(claim("a", SARA, "2025-03-10T08:00", "2025-03-10T12:00"));
    long events = store.size();
    for (String blank : List.of("", " ", "\t\n")) {
      RuleException refused = rejected(() -> l.reject(a.id(), "mgr", blank));
      assertThat(refused.codes()).containsExactly("hours.reasonRequired");
      assertThat(refused.problems(Locale.ENGLISH))
          .extracting(Problem::message)
          .containsExactly("a reason is required: the reason must not be blank");
      assertThat(refused.problems(Locale.forLanguageTag("ar")))
          .extracting(Problem::message)
          .containsExactly("يجب ذكر السبب: لا يجوز أن يكون السبب فارغًا");
    }
    // Checked before the entry is looked up: an unknown entry with a blank reason.
    assertThat(
            rejected(() -> l.reject(org.tatawwu.hours.HourEntryId.of("H99"), "mgr", " ")).codes())
        .containsExactly("hours.reasonRequired");
    assertThat(store.size()).isEqualTo(events);
    assertThat(l.entry(a.id()).orElseThrow().status()).isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void a_roster_with_a_null_line_is_refused_up_front_naming_the_line_only() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger l = LedgerFixture.ledger(store);
    List<HourSubmission> roster =
        java.util.Arrays.asList(
            claim("r1", SARA, "2025-03-10T08:00", "2025-03-10T12:00"),
            claim("r2", OMAR, "2025-03-10T08:00", "2025-03-10T12:00"),
            null);
    assertThatThrownBy(() -> l.importRoster(roster))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("roster line 3 is null");
    assertThat(store.size()).as("nothing submitted").isZero();
  }
}
