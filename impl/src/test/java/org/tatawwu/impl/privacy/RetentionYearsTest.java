package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.incident.NeedId;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.RecordClass;
import org.tatawwu.privacy.RetainedRecord;
import org.tatawwu.privacy.RetentionHold;
import org.tatawwu.privacy.RetentionReport;
import org.tatawwu.privacy.RetentionSchedule;
import org.tatawwu.privacy.RetentionSweep;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Eight simulated years of monthly retention sweeps over the vault, consent histories, background
 * checks and appraisals, with a {@link java.time.Clock} moved by hand. The due dates are worked out
 * by hand below from each record's reference and its schedule; the sweep must destroy each record
 * at the first sweep on or after its due date, never before, and keep one held by an open incident
 * until the incident closes.
 */
class RetentionYearsTest {
  static final Privacy PRIVACY = CryptoShreddingTest.PRIVACY;
  static final VolunteerId SARA = CryptoShreddingTest.SARA;
  static final VolunteerId OMAR = CryptoShreddingTest.OMAR;
  static final VolunteerId HIND = CryptoShreddingTest.HIND;

  static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static BackgroundCheckCase check(
      String id,
      VolunteerId who,
      BackgroundCheckState state,
      String at,
      @org.jspecify.annotations.Nullable String validUntil) {
    return new BackgroundCheckCase(
        BackgroundCheckId.of(id),
        who,
        state,
        List.of(new BackgroundCheckCase.Step(state, day(at))),
        Optional.ofNullable(validUntil).map(LocalDate::parse),
        Optional.empty());
  }

  @Test
  void eight_years_of_monthly_sweeps_destroy_each_record_when_due_and_never_what_is_held() {
    TestClock clock = new TestClock(day("2025-01-01"));
    // Vault: Sara and Omar; Sara last active 2026-03-01, Omar still active (no end).
    PersonalDataVault vault =
        PRIVACY.vault(PRIVACY.inMemoryVaultStore(), CryptoShreddingTest.aes());
    vault.put(SARA, CryptoShreddingTest.SARA_DATA);
    vault.put(OMAR, CryptoShreddingTest.OMAR_DATA);
    // Consents: Sara gives and later withdraws; Omar gives and keeps it.
    ConsentStore consentStore = PRIVACY.inMemoryConsentStore();
    ConsentRegister consents = PRIVACY.consentRegister(clock, Purpose.defaults(), consentStore);
    clock.set(day("2025-01-10"));
    consents.give(
        SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("2025.1"), ConsentGiver.VOLUNTEER);
    consents.give(
        OMAR, Purpose.LOCATION_MATCHING, NoticeVersion.of("2025.1"), ConsentGiver.VOLUNTEER);
    clock.set(day("2026-03-01"));
    consents.withdraw(SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
    // Background checks: Sara's cleared 2025-02-01, valid until 2026-01-31; Hind's in progress
    // since 2025-06-01, Hind serving in an incident open until the end of 2027.
    List<BackgroundCheckCase> checks =
        new CopyOnWriteArrayList<>(
            List.of(
                check("BC-1", SARA, BackgroundCheckState.CLEARED, "2025-02-01", "2026-01-31"),
                check("BC-2", HIND, BackgroundCheckState.IN_PROGRESS, "2025-06-01", null)));
    // Appraisals: Sara's 2025-03-01; Omar's 2030-06-15 (given later in the run).
    List<Appraisal> appraisals =
        new CopyOnWriteArrayList<>(
            List.of(
                new Appraisal(
                    NeedId.of("N-1"),
                    SARA,
                    Appraisal.Direction.LEAD_OF_VOLUNTEER,
                    4,
                    "punctual, calm with families",
                    day("2025-03-01"))));
    Set<VolunteerId> inOpenIncident = new HashSet<>(Set.of(HIND));
    RetentionSweep sweep =
        PRIVACY.retentionSweep(
            List.of(
                new RetentionSchedule(
                    RecordClass.PERSONAL_DATA, Optional.of(Period.ofYears(3)), Period.ofYears(2)),
                new RetentionSchedule(
                    RecordClass.CONSENT_HISTORY, Optional.of(Period.ofYears(5)), Period.ofYears(5)),
                RetentionSchedule.keep(RecordClass.BACKGROUND_CHECK, Period.ofYears(1)),
                RetentionSchedule.keep(RecordClass.APPRAISAL, Period.ofMonths(24))),
            List.of(
                PRIVACY.vaultRetention(
                    vault, v -> v.equals(SARA) ? Optional.of(day("2026-03-01")) : Optional.empty()),
                PRIVACY.consentRetention(consentStore),
                PRIVACY.backgroundCheckRetention(() -> List.copyOf(checks), checks::remove),
                PRIVACY.appraisalRetention(() -> List.copyOf(appraisals), appraisals::remove)),
            List.of(RetentionHold.subjects("incident.open", () -> Set.copyOf(inOpenIncident))),
            clock);

    // By hand: reference + schedule (the later of keepFor and the law's minimum).
    Map<String, Instant> expected = new LinkedHashMap<>();
    expected.put("BACKGROUND_CHECK BC-1", day("2027-02-01")); // valid through 2026-01-31, +1 year
    expected.put("APPRAISAL " + SARA.value(), day("2027-03-01")); // 2025-03-01 + 24 months
    expected.put("BACKGROUND_CHECK BC-2", day("2028-01-01")); // due 2026-06-01, held until closed
    expected.put("PERSONAL_DATA " + SARA.value(), day("2029-03-01")); // 2026-03-01 + 3 years
    expected.put("CONSENT_HISTORY " + SARA.value(), day("2031-03-01")); // 2026-03-01 + 5 years
    expected.put(
        "APPRAISAL " + OMAR.value(), day("2032-07-01")); // 2030-06-15 + 24 months, next sweep

    Map<String, Instant> destroyedAt = new LinkedHashMap<>();
    List<Instant> heldAt = new ArrayList<>();
    for (Instant at = day("2025-01-01");
        !at.isAfter(day("2033-01-01"));
        at = at.atZone(ZoneOffset.UTC).plusMonths(1).toInstant()) {
      clock.set(at);
      if (at.equals(day("2028-01-01"))) {
        inOpenIncident.clear(); // the incident closed on the last day of 2027
      }
      if (at.equals(day("2030-07-01"))) {
        appraisals.add(
            new Appraisal(
                NeedId.of("N-9"),
                OMAR,
                Appraisal.Direction.VOLUNTEER_OF_ROLE,
                5,
                "",
                day("2030-06-15")));
      }
      RetentionReport planned = sweep.plan();
      RetentionReport report = sweep.run();
      assertThat(planned.destroyed()).isEqualTo(report.destroyed());
      for (RetainedRecord r : report.destroyed()) {
        String key =
            r.recordClass()
                + " "
                + (r.recordClass() == RecordClass.BACKGROUND_CHECK ? r.id() : r.subject().value());
        assertThat(destroyedAt.put(key, at)).as("%s destroyed twice", key).isNull();
      }
      for (RetentionReport.Held h : report.held()) {
        assertThat(h.record().id()).isEqualTo("BC-2");
        assertThat(h.reason()).isEqualTo("incident.open");
        heldAt.add(at);
      }
    }
    assertThat(destroyedAt).isEqualTo(expected);
    // Held at every monthly sweep from its due date (2026-06-01) until the incident closed.
    assertThat(heldAt).hasSize(19).first().isEqualTo(day("2026-06-01"));
    assertThat(heldAt).last().isEqualTo(day("2027-12-01"));
    // Destroyed for real: the stores no longer hold them; what was never due is all there.
    assertThat(checks).isEmpty();
    assertThat(appraisals).isEmpty();
    assertThat(consentStore.history(SARA)).isEmpty();
    assertThat(consentStore.history(OMAR)).hasSize(1);
    assertThat(consents.inForce(OMAR, Purpose.LOCATION_MATCHING, clock.instant())).isTrue();
    assertThat(vault.erased(SARA)).isTrue();
    assertThat(vault.read(OMAR)).contains(CryptoShreddingTest.OMAR_DATA);
  }
}
