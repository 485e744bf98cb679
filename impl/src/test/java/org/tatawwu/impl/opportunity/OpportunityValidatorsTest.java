package org.tatawwu.impl.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.opportunity.OpportunityDraft;
import org.tatawwu.opportunity.ShiftDraft;
import org.tatawwu.organization.EntityType;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;

/**
 * The opportunity validators at their limits: shifts at the first and last instants of the
 * opportunity's days in its own time zone, the site, the point, the sub-field, the entity type.
 * Riyadh is UTC+3 all year; the opportunity runs from 1 to 31 March 2025.
 */
class OpportunityValidatorsTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneId.of("Asia/Riyadh"));
  static final String CONSISTENT = "opportunity.ConsistentOpportunity.";

  final InputValidator validator = Tatawwu.validator(CLOCK);

  static OpportunityDraft.Builder draft() {
    return OpportunityDraft.builder()
        .number("12345678901")
        .titleArabic("توزيع السلال الغذائية")
        .titleEnglish("Food basket distribution")
        .entityId("E-100")
        .entityType(EntityType.NON_PROFIT_ASSOCIATION)
        .nonProfitWork(false)
        .field("SOCIAL")
        .subField("SOCIAL.FOOD_BASKETS")
        .remote(false)
        .region("SA-01")
        .cityArabic("الرياض")
        .cityEnglish("Riyadh")
        .latitude(24.71)
        .longitude(46.67)
        .firstDay(LocalDate.of(2025, 3, 1))
        .lastDay(LocalDate.of(2025, 3, 31))
        .shifts(List.of(shift("s1", "2025-03-10T05:00:00Z", "2025-03-10T09:00:00Z")))
        .expectedHours(4);
  }

  static ShiftDraft shift(String id, String start, String end) {
    return new ShiftDraft(id, Instant.parse(start), Instant.parse(end), 10);
  }

  List<Tuple> problems(OpportunityDraft.Builder draft) {
    return validator.validate(draft.build(), Locale.ENGLISH).stream()
        .map(p -> tuple(p.path(), p.code()))
        .toList();
  }

  List<String> messages(OpportunityDraft.Builder draft) {
    return validator.validate(draft.build(), Locale.ENGLISH).stream()
        .map(Problem::message)
        .toList();
  }

  @Test
  void the_base_draft_is_valid() {
    assertThat(problems(draft())).isEmpty();
  }

  @Test
  void shifts_may_fill_the_opportunitys_days_exactly_in_its_zone() {
    assertThat(
            problems(
                draft()
                    .shifts(
                        List.of(
                            // 1 March 00:00 to 01:00 in Riyadh
                            shift("first", "2025-02-28T21:00:00Z", "2025-02-28T22:00:00Z"),
                            // 31 March 23:00 to 1 April 00:00 in Riyadh
                            shift("last", "2025-03-31T20:00:00Z", "2025-03-31T21:00:00Z")))))
        .isEmpty();
  }

  @Test
  void a_shift_a_moment_outside_the_days_is_reported_with_its_number() {
    List<ShiftDraft> shifts =
        List.of(
            shift("inside", "2025-03-10T05:00:00Z", "2025-03-10T09:00:00Z"),
            // 28 February 23:59:59 in Riyadh
            shift("early", "2025-02-28T20:59:59Z", "2025-02-28T22:00:00Z"),
            // ends a nanosecond into 1 April in Riyadh
            shift("late", "2025-03-31T20:00:00Z", "2025-03-31T21:00:00.000000001Z"));
    assertThat(problems(draft().shifts(shifts)))
        .containsExactly(
            tuple("shifts", CONSISTENT + "shiftOutside"),
            tuple("shifts", CONSISTENT + "shiftOutside"));
    assertThat(messages(draft().shifts(shifts)))
        .containsExactly(
            "shift 2 lies outside the opportunity's dates",
            "shift 3 lies outside the opportunity's dates");
  }

  @Test
  void the_days_are_those_of_the_opportunitys_zone() {
    // 1 March 01:00 in Riyadh, but 28 February 22:00 in UTC
    List<ShiftDraft> shifts = List.of(shift("s", "2025-02-28T22:00:00Z", "2025-02-28T23:00:00Z"));
    assertThat(problems(draft().shifts(shifts))).isEmpty();
    assertThat(problems(draft().zone("UTC").shifts(shifts)))
        .containsExactly(tuple("shifts", CONSISTENT + "shiftOutside"));
    assertThat(problems(draft().zone(" ").shifts(shifts))).as("blank: Riyadh").isEmpty();
  }

  @Test
  void an_unknown_zone_is_reported_and_shifts_are_not_placed_in_it() {
    List<ShiftDraft> outside = List.of(shift("s", "2025-04-10T05:00:00Z", "2025-04-10T09:00:00Z"));
    assertThat(problems(draft().zone("Mars/Olympus").shifts(outside)))
        .containsExactly(tuple("zone", CONSISTENT + "zone"));
    assertThat(messages(draft().zone("Mars/Olympus")))
        .containsExactly("must be a known time zone, for example Asia/Riyadh");
  }

  @Test
  void a_last_day_before_the_first_is_reported_once_and_shifts_are_not_placed() {
    List<ShiftDraft> outside = List.of(shift("s", "2025-04-10T05:00:00Z", "2025-04-10T09:00:00Z"));
    assertThat(
            problems(
                draft()
                    .firstDay(LocalDate.of(2025, 3, 2))
                    .lastDay(LocalDate.of(2025, 3, 1))
                    .shifts(outside)))
        .containsExactly(tuple("lastDay", CONSISTENT + "dates"));
    // one day is enough
    assertThat(
            problems(
                draft().firstDay(LocalDate.of(2025, 3, 10)).lastDay(LocalDate.of(2025, 3, 10))))
        .isEmpty();
    assertThat(problems(draft().lastDay(null).shifts(outside)))
        .containsExactly(tuple("lastDay", "NotNull"));
    assertThat(problems(draft().firstDay(null).shifts(outside)))
        .containsExactly(tuple("firstDay", "NotNull"));
  }

  @Test
  void shifts_that_do_not_end_after_they_start_are_not_placed_in_the_days() {
    assertThat(
            problems(
                draft()
                    .shifts(
                        List.of(
                            shift("s1", "2025-04-10T05:00:00Z", "2025-04-10T05:00:00Z"),
                            new ShiftDraft("s2", Instant.parse("2025-04-10T05:00:00Z"), null, 1),
                            new ShiftDraft("s3", null, Instant.parse("2025-04-10T05:00:00Z"), 1)))))
        .containsExactly(
            tuple("shifts[0].end", "constraints.ValidTimeRange"),
            tuple("shifts[1].end", "NotNull"),
            tuple("shifts[2].start", "NotNull"));
    assertThat(
            problems(
                draft()
                    .shifts(
                        List.of(shift("s1", "2025-03-10T05:00:00Z", "2025-03-10T05:00:00.001Z")))))
        .isEmpty();
  }

  @Test
  void every_repeated_shift_id_is_reported_with_its_number() {
    List<ShiftDraft> shifts =
        List.of(
            shift("a", "2025-03-10T05:00:00Z", "2025-03-10T09:00:00Z"),
            shift("b", "2025-03-11T05:00:00Z", "2025-03-11T09:00:00Z"),
            shift("a", "2025-03-12T05:00:00Z", "2025-03-12T09:00:00Z"),
            shift("b", "2025-03-13T05:00:00Z", "2025-03-13T09:00:00Z"));
    assertThat(problems(draft().shifts(shifts)))
        .containsExactly(
            tuple("shifts", CONSISTENT + "shiftIds"), tuple("shifts", CONSISTENT + "shiftIds"));
    assertThat(messages(draft().shifts(shifts)))
        .containsExactly(
            "shift 3 has the same id as an earlier shift",
            "shift 4 has the same id as an earlier shift");
  }

  @Test
  void an_on_site_opportunity_needs_a_region_and_both_city_names() {
    Tuple site = tuple("region", CONSISTENT + "site");
    assertThat(problems(draft().region(null))).containsExactly(site);
    assertThat(problems(draft().region(" "))).containsExactly(site);
    assertThat(problems(draft().cityArabic(null))).containsExactly(site);
    assertThat(problems(draft().cityEnglish(null))).containsExactly(site);
    assertThat(messages(draft().cityEnglish(null)))
        .containsExactly("an on-site opportunity needs a region and a city in Arabic and English");
    assertThat(
            problems(
                draft()
                    .remote(true)
                    .region(null)
                    .cityArabic(null)
                    .cityEnglish(null)
                    .latitude(null)
                    .longitude(null)))
        .isEmpty();
  }

  @Test
  void a_point_needs_both_coordinates_or_neither() {
    Tuple point = tuple("latitude", CONSISTENT + "point");
    assertThat(problems(draft().latitude(null))).containsExactly(point);
    assertThat(problems(draft().longitude(null))).containsExactly(point);
    assertThat(problems(draft().latitude(null).longitude(null))).isEmpty();
  }

  @Test
  void a_sub_field_must_belong_to_the_field() {
    Tuple subField = tuple("subField", CONSISTENT + "subField");
    assertThat(problems(draft().subField("HEALTH.FIRST_AID"))).containsExactly(subField);
    assertThat(problems(draft().field("HEALTH").subField("HEALTH.FIRST_AID"))).isEmpty();
    assertThat(problems(draft().subField(null))).isEmpty();
    assertThat(problems(draft().subField(" "))).isEmpty();
    // a sub-field code merely starting with the field's letters does not belong to it
    assertThat(problems(draft().field("EDU").subField("EDUCATIONAL"))).contains(subField);
  }

  @Test
  void only_a_profit_seeking_entity_must_declare_non_profit_work() {
    Tuple lawful = tuple("nonProfitWork", "opportunity.LawfulVolunteerUse");
    for (EntityType type : EntityType.values()) {
      List<Tuple> found = problems(draft().entityType(type).nonProfitWork(false));
      if (type == EntityType.PRIVATE_COMPANY) {
        assertThat(found).as(type.name()).containsExactly(lawful);
      } else {
        assertThat(found).as(type.name()).isEmpty();
      }
      assertThat(problems(draft().entityType(type).nonProfitWork(true))).as(type.name()).isEmpty();
    }
    assertThat(problems(draft().entityType(null))).containsExactly(tuple("entityType", "NotNull"));
  }

  @Test
  void several_inconsistencies_are_reported_together() {
    assertThat(
            problems(
                draft()
                    .zone("Mars/Olympus")
                    .cityArabic(null)
                    .latitude(null)
                    .subField("HEALTH.FIRST_AID")
                    .entityType(EntityType.PRIVATE_COMPANY)))
        .containsExactlyInAnyOrder(
            tuple("zone", CONSISTENT + "zone"),
            tuple("region", CONSISTENT + "site"),
            tuple("latitude", CONSISTENT + "point"),
            tuple("subField", CONSISTENT + "subField"),
            tuple("nonProfitWork", "opportunity.LawfulVolunteerUse"));
  }
}
