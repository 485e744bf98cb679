package org.tatawwu.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tatawwu.field.FieldCode;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;

class OpportunityTest {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(RIYADH).toInstant();
  }

  static Opportunity.Builder base() {
    return Opportunity.builder()
        .number(OpportunityNumber.parse("12345678901"))
        .title(BilingualText.of("توزيع السلال", "Food baskets"))
        .description(BilingualText.of("توزيع السلال", "Food baskets"))
        .entity(EntityId.of("E1"))
        .field(FieldCode.of("SOCIAL"))
        .subField(FieldCode.of("SOCIAL.FOOD_BASKETS"))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
  }

  @Test
  void accepts_shifts_inside_its_dates_including_one_ending_at_midnight_of_the_last_day() {
    Opportunity o =
        base()
            .addShift(
                new Shift(
                    ShiftId.of("b"),
                    TimeRange.of(at("2025-03-31T20:00"), at("2025-04-01T00:00")),
                    5))
            .addShift(
                new Shift(
                    ShiftId.of("a"),
                    TimeRange.of(at("2025-03-01T08:00"), at("2025-03-01T12:00")),
                    3))
            .build();
    assertThat(o.shifts()).extracting(s -> s.id().value()).containsExactly("a", "b");
    assertThat(o.totalSeats()).isEqualTo(8);
    assertThat(o.shift(ShiftId.of("b"))).isPresent();
  }

  @Test
  void a_shift_whose_day_is_beyond_local_date_is_outside_every_period_not_a_date_time_exception() {
    // Instant.MAX is 1,000,000,000-12-31T23:59:59Z: its day (in any zone) is beyond LocalDate.MAX
    // (999,999,999-12-31), so outside even the widest period.
    Shift atTheEnd =
        new Shift(ShiftId.of("x"), TimeRange.of(Instant.MAX.minusSeconds(3600), Instant.MAX), 1);
    Shift fromTheStart =
        new Shift(ShiftId.of("y"), TimeRange.of(Instant.MIN, at("2025-03-10T08:00")), 1);
    Shift farFuture =
        new Shift(
            ShiftId.of("z"),
            TimeRange.of(at("2025-03-10T08:00"), Instant.parse("+1000000000-12-31T23:00:00Z")),
            1);
    for (Shift s : List.of(atTheEnd, fromTheStart, farFuture)) {
      assertThatThrownBy(
              () -> base().period(DateRange.of(LocalDate.MIN, LocalDate.MAX)).addShift(s).build())
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code())
          .isEqualTo("opportunity.shiftOutsidePeriod");
    }
    Opportunity ok =
        base()
            .addShift(
                new Shift(
                    ShiftId.of("a"),
                    TimeRange.of(at("2025-03-01T08:00"), at("2025-03-01T12:00")),
                    3))
            .build();
    assertThatThrownBy(() -> ok.withShifts(atTheEnd))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("opportunity.shiftOutsidePeriod");
    assertThatThrownBy(() -> ok.withShifts(List.of(fromTheStart)))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("opportunity.shiftOutsidePeriod");
  }

  @Test
  void rejects_shifts_outside_its_dates_in_its_zone() {
    assertThatThrownBy(
            () ->
                base()
                    .addShift(
                        new Shift(
                            ShiftId.of("x"),
                            TimeRange.of(at("2025-03-31T22:00"), at("2025-04-01T02:00")),
                            1))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("opportunity.shiftOutsidePeriod");
    // 2025-02-28T22:00Z is 2025-03-01T01:00 in Riyadh: inside.
    assertThat(
            base()
                .addShift(
                    new Shift(
                        ShiftId.of("y"),
                        TimeRange.of(
                            Instant.parse("2025-02-28T22:00:00Z"),
                            Instant.parse("2025-02-28T23:00:00Z")),
                        1))
                .build()
                .shifts())
        .hasSize(1);
  }

  @Test
  void rejects_duplicate_shift_ids_and_foreign_sub_fields() {
    Shift s =
        new Shift(ShiftId.of("a"), TimeRange.of(at("2025-03-01T08:00"), at("2025-03-01T12:00")), 3);
    assertThatThrownBy(() -> base().addShift(s).addShift(s).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                base()
                    .field(FieldCode.of("IT"))
                    .subField(FieldCode.of("SOCIAL.FOOD_BASKETS"))
                    .build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void rejects_capacities_outside_1_to_100000() {
    TimeRange t = TimeRange.of(at("2025-03-01T08:00"), at("2025-03-01T12:00"));
    assertThatThrownBy(() -> new Shift(ShiftId.of("a"), t, 0))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Shift(ShiftId.of("a"), t, -5))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Shift(ShiftId.of("a"), t, 100_001))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void follows_only_legal_lifecycle_moves() {
    Opportunity draft = base().build();
    Opportunity published = draft.moveTo(OpportunityStatus.PUBLISHED);
    Opportunity closed = published.moveTo(OpportunityStatus.CLOSED);
    assertThat(closed.moveTo(OpportunityStatus.PUBLISHED).status())
        .isEqualTo(OpportunityStatus.PUBLISHED);
    Opportunity completed = closed.moveTo(OpportunityStatus.COMPLETED);
    assertThatThrownBy(() -> draft.moveTo(OpportunityStatus.COMPLETED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> completed.moveTo(OpportunityStatus.CANCELLED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> published.moveTo(OpportunityStatus.DRAFT))
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @EnumSource(OpportunityStatus.class)
  void no_status_moves_to_itself_and_final_statuses_have_no_moves(OpportunityStatus s) {
    assertThat(s.canMoveTo(s)).isFalse();
    if (EnumSet.of(OpportunityStatus.COMPLETED, OpportunityStatus.CANCELLED).contains(s)) {
      assertThat(s.next()).isEmpty();
    }
  }

  @Test
  void opportunity_numbers_have_exactly_11_digits() {
    assertThat(OpportunityNumber.parse("١٢٣٤٥٦٧٨٩٠١").value()).isEqualTo("12345678901");
    assertThatThrownBy(() -> OpportunityNumber.parse("1234567890"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> OpportunityNumber.parse("1234567890a"))
        .isInstanceOf(InvalidValueException.class);
  }
}
