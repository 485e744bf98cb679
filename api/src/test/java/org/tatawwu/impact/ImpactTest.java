package org.tatawwu.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.organization.EntityId;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class ImpactTest {
  static final SarAmount TWENTY = SarAmount.parse("20.00");

  @Test
  void money_is_exact_in_halalas_and_rejects_fractions_and_overflow() {
    assertThat(SarAmount.parse("20").halalas()).isEqualTo(2000);
    assertThat(SarAmount.parse("0.10").plus(SarAmount.parse("0.20")))
        .isEqualTo(SarAmount.parse("0.30"));
    assertThat(SarAmount.parse("1200000000.00").toString()).isEqualTo("SAR 1,200,000,000.00");
    assertThatThrownBy(() -> SarAmount.parse("1.005"))
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("money.fractionalHalala");
    assertThatThrownBy(() -> SarAmount.parse("92233720368547758.08"))
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("money.overflow");
    assertThatThrownBy(() -> SarAmount.parse("NaN"))
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("money.format");
    assertThatThrownBy(() -> SarAmount.ofHalalas(Long.MAX_VALUE).plus(SarAmount.ofHalalas(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void values_minutes_exactly_and_rounds_once_half_even() {
    assertThat(ReplacementCostRates.value(3, TWENTY).halalas()).isEqualTo(100);
    assertThat(ReplacementCostRates.value(1, TWENTY).halalas()).isEqualTo(33); // 33.33…
    assertThat(ReplacementCostRates.value(2, TWENTY).halalas()).isEqualTo(67); // 66.66…
    assertThat(ReplacementCostRates.value(9, SarAmount.parse("0.10")).halalas())
        .isEqualTo(2); // 1.5 → 2
    assertThat(ReplacementCostRates.value(3, SarAmount.parse("0.10")).halalas())
        .isZero(); // 0.5 → 0
    // 59,000,000 hours at SAR 20.34: SAR 1,200,060,000.00, to the halala.
    assertThat(ReplacementCostRates.value(59_000_000L * 60, SarAmount.parse("20.34")))
        .isEqualTo(SarAmount.parse("1200060000.00"));
    assertThatThrownBy(() -> ReplacementCostRates.value(Long.MAX_VALUE, SarAmount.parse("1000")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void dated_rates_by_field_fall_back_to_the_default() {
    ReplacementCostRates rates =
        ReplacementCostRates.of(
            List.of(
                new HourlyRate(Optional.empty(), LocalDate.of(2020, 1, 1), TWENTY),
                new HourlyRate(
                    Optional.empty(), LocalDate.of(2025, 1, 1), SarAmount.parse("22.50")),
                new HourlyRate(
                    Optional.of(FieldCode.of("HEALTH")),
                    LocalDate.of(2024, 1, 1),
                    SarAmount.parse("45.00"))));
    assertThat(rates.rateFor(FieldCode.of("IT.AI"), LocalDate.of(2024, 12, 31))).isEqualTo(TWENTY);
    assertThat(rates.rateFor(FieldCode.of("IT.AI"), LocalDate.of(2025, 1, 1)))
        .isEqualTo(SarAmount.parse("22.50"));
    assertThat(rates.rateFor(FieldCode.of("HEALTH.FIRST_AID"), LocalDate.of(2024, 6, 1)))
        .isEqualTo(SarAmount.parse("45.00"));
    assertThat(rates.rateFor(FieldCode.of("HEALTH"), LocalDate.of(2023, 6, 1))).isEqualTo(TWENTY);
    assertThat(rates.value(90, FieldCode.of("HEALTH"), LocalDate.of(2024, 6, 1)))
        .isEqualTo(SarAmount.parse("67.50"));
    assertThatThrownBy(() -> rates.rateFor(FieldCode.of("IT"), LocalDate.of(2019, 1, 1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ReplacementCostRates.of(List.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void reports_progress_and_projects_the_trend_to_2030() {
    NationalTargets t = NationalTargets.VISION_2030;
    assertThat(t.hourProgress(59_000_000).percent()).isEqualByComparingTo(new BigDecimal("118.00"));
    assertThat(t.volunteerProgress(454_000).percent())
        .isEqualByComparingTo(new BigDecimal("45.40"));
    TreeMap<Year, Long> years = new TreeMap<>();
    years.put(Year.of(2022), 20_000_000L);
    years.put(Year.of(2023), 30_000_000L);
    years.put(Year.of(2024), 40_000_000L);
    NationalTargets.Projection p = t.project(years);
    assertThat(p.yearlyIncrease()).isEqualTo(10_000_000L);
    assertThat(p.projectedHours()).isEqualTo(100_000_000L);
    assertThat(p.onTrack()).isTrue();
    TreeMap<Year, Long> falling = new TreeMap<>();
    falling.put(Year.of(2023), 30_000_000L);
    falling.put(Year.of(2024), 25_000_000L);
    assertThat(t.project(falling).onTrack()).isFalse();
    assertThat(t.project(falling).projectedHours()).isZero();
    assertThatThrownBy(() -> t.project(new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static HourEntry approved(LocalDate day, int minutes, HourStatus status) {
    Instant start = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    return HourEntry.builder()
        .id(HourEntryId.of("H1"))
        .key(IdempotencyKey.of("k"))
        .volunteer(VolunteerId.of("V"))
        .opportunity(OpportunityNumber.parse("20250000001"))
        .entity(EntityId.of("E"))
        .supervisingEntity(EntityId.of("S"))
        .field(FieldCode.of("HEALTH"))
        .region(Region.RIYADH)
        .day(day)
        .time(TimeRange.of(start, start.plusSeconds(minutes * 60L)))
        .creditedMinutes(minutes)
        .source(HourSource.CLAIM)
        .compulsory(false)
        .status(status)
        .submittedAt(start)
        .submittedBy("sys")
        .build();
  }

  @Test
  void an_active_volunteer_averages_8_hours_a_month_over_the_year_ignoring_the_last_3_months() {
    LocalDate today = LocalDate.of(2025, 12, 1);
    List<HourEntry> entries = new ArrayList<>();
    // 9 counted months (2024-12-01 .. 2025-08-31): 72 hours needed.
    for (int m = 0; m < 9; m++) {
      entries.add(approved(LocalDate.of(2024, 12, 15).plusMonths(m), 8 * 60, HourStatus.APPROVED));
    }
    assertThat(VolunteerPolicies.ActiveVolunteerRule.DEFAULT.isActive(entries, today)).isTrue();
    entries.set(0, approved(LocalDate.of(2024, 12, 15), 8 * 60 - 1, HourStatus.APPROVED));
    assertThat(VolunteerPolicies.ActiveVolunteerRule.DEFAULT.isActive(entries, today)).isFalse();
    // Recent hours (the last 3 months) and unapproved hours do not count.
    entries.add(approved(LocalDate.of(2025, 11, 1), 600, HourStatus.APPROVED));
    entries.add(approved(LocalDate.of(2025, 1, 1), 600, HourStatus.SUBMITTED));
    assertThat(VolunteerPolicies.ActiveVolunteerRule.DEFAULT.isActive(entries, today)).isFalse();
  }

  @Test
  void the_school_requirement_and_milestones() {
    VolunteerPolicies.SchoolRequirement school = VolunteerPolicies.SchoolRequirement.SECONDARY;
    assertThat(school.remainingMinutes(new HourTotals(39 * 60, 39 * 60, 120, 5))).isEqualTo(60);
    assertThat(school.isMet(new HourTotals(40 * 60, 0, 0, 5))).isTrue();
    VolunteerPolicies.Milestones m = VolunteerPolicies.Milestones.DEFAULT;
    assertThat(m.reached(100 * 60)).containsExactly(50, 100);
    assertThat(m.next(100 * 60)).contains(500);
    assertThat(m.next(1000 * 60)).isEmpty();
    assertThatThrownBy(() -> new VolunteerPolicies.Milestones(List.of(100, 50)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void breaks_progress_down_by_region() {
    java.util.Map<String, Long> byRegion = new java.util.LinkedHashMap<>();
    byRegion.put("SA-01", 20_000_000L);
    byRegion.put("SA-02", 5_000_000L);
    var breakdown = NationalTargets.VISION_2030.hourBreakdown(byRegion);
    assertThat(breakdown.keySet()).containsExactly("SA-01", "SA-02");
    assertThat(java.util.Objects.requireNonNull(breakdown.get("SA-01")).percent())
        .isEqualByComparingTo(new BigDecimal("40.00"));
    assertThat(java.util.Objects.requireNonNull(breakdown.get("SA-02")).percent())
        .isEqualByComparingTo(new BigDecimal("10.00"));
  }
}
