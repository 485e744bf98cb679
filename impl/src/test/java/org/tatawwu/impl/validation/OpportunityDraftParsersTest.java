package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tatawwu.impl.validation.Fixtures.CLOCK;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.opportunity.OpportunityDraft;
import org.tatawwu.opportunity.ShiftDraft;
import org.tatawwu.organization.EntityType;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.Problem;

/**
 * What {@link OpportunityDraft#toOpportunity} parses, {@code validate} checks first: an extreme
 * shift instant, an id the parsers refuse and an over-long text are problems reported with every
 * other one, never a bare exception.
 */
class OpportunityDraftParsersTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  static final String SHIFT_OUTSIDE = "opportunity.ConsistentOpportunity.shiftOutside";
  final InputValidator validator = Tatawwu.validator(CLOCK);

  static OpportunityDraft withShifts(ShiftDraft... shifts) {
    return Fixtures.draft(EntityType.NON_PROFIT_ASSOCIATION, true, List.of(shifts));
  }

  static final Instant START = Instant.parse("2025-03-10T05:00:00Z");

  @Test
  void an_extreme_shift_instant_is_a_shift_outside_the_dates_not_an_exception() {
    // Each instant's day in Asia/Riyadh is beyond LocalDate.MAX (year 999,999,999) or before
    // LocalDate.MIN, so outside March 2025.
    Instant farFuture = Instant.parse("+1000000000-12-31T23:00:00Z");
    List<OpportunityDraft> drafts =
        List.of(
            withShifts(new ShiftDraft("s1", START, Instant.MAX, 5)),
            withShifts(new ShiftDraft("s1", START, farFuture, 5)),
            withShifts(new ShiftDraft("s1", Instant.MIN, START, 5)),
            withShifts(new ShiftDraft("s1", Instant.MAX.minusSeconds(3600), Instant.MAX, 5)));
    for (OpportunityDraft d : drafts) {
      assertThat(validator.validate(d, Locale.ENGLISH))
          .extracting(Problem::path, Problem::code, Problem::message)
          .containsExactly(
              tuple("shifts", SHIFT_OUTSIDE, "shift 1 lies outside the opportunity's dates"));
      assertThat(validator.validate(d, AR))
          .extracting(Problem::message)
          .containsExactly("الفترة رقم 1 تقع خارج تواريخ الفرصة");
      assertThatThrownBy(() -> d.toOpportunity(validator))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(Problem::code)
                      .containsExactly(SHIFT_OUTSIDE));
    }
  }

  @Test
  void an_extreme_instant_is_reported_with_every_other_problem_of_the_draft() {
    OpportunityDraft d =
        withShifts(
            new ShiftDraft("s1", START, START.plusSeconds(3600), 5),
            new ShiftDraft("s2", Instant.MIN, START, 0),
            new ShiftDraft("s1", START, Instant.MAX, 5));
    assertThat(validator.validate(d, Locale.ENGLISH))
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            tuple("shifts", SHIFT_OUTSIDE), // shift 2
            tuple("shifts", "opportunity.ConsistentOpportunity.shiftIds"), // shift 3 repeats s1
            tuple("shifts", SHIFT_OUTSIDE), // shift 3
            tuple("shifts[1].capacity", "Positive"));
  }

  @Test
  void ids_the_parsers_refuse_and_over_long_texts_are_all_reported_then_thrown_together() {
    String padded = "Food basket distribution" + " ".repeat(10_000); // 24 letters, 10,024 chars
    OpportunityDraft d =
        OpportunityDraft.builder()
            .from(
                withShifts(
                    new ShiftDraft("S 1", START, START.plusSeconds(3600), 5),
                    new ShiftDraft("s-2", START, START.plusSeconds(3600), 5),
                    new ShiftDraft("s/3", START, START.plusSeconds(3600), 5),
                    new ShiftDraft("s٤", START, START.plusSeconds(3600), 5)))
            .entityId("E 1")
            .titleEnglish(padded)
            .cityEnglish("Riyadh" + " ".repeat(10_000))
            .descriptionArabic("وصف")
            .descriptionEnglish("Description" + " ".repeat(10_000))
            .minimumAge(121)
            .build();
    List<Problem> english = validator.validate(d, Locale.ENGLISH);
    assertThat(english)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            tuple("entityId", "Pattern"),
            tuple("shifts[0].id", "Pattern"),
            tuple("shifts[2].id", "Pattern"),
            tuple("shifts[3].id", "Pattern"),
            tuple("titleEnglish", "constraints.CleanText.tooManyCharacters"),
            tuple("cityEnglish", "constraints.CleanText.tooManyCharacters"),
            tuple("descriptionEnglish", "constraints.CleanText.tooManyCharacters"),
            tuple("minimumAge", "Max"));
    assertThat(english)
        .filteredOn(p -> p.code().equals("Pattern"))
        .extracting(Problem::message)
        .containsOnly("is not in the expected format");
    assertThat(validator.validate(d, AR))
        .filteredOn(p -> p.code().equals("Pattern"))
        .extracting(Problem::message)
        .containsOnly("ليس بالصيغة المطلوبة")
        .hasSize(4);
    assertThatThrownBy(() -> d.toOpportunity(validator))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).hasSize(8);
              assertThat(e.problems(AR)).hasSize(8);
            });
  }

  @Test
  void valid_ids_at_the_edges_of_the_format_still_make_the_opportunity() {
    String longest = "a".repeat(63) + "Z"; // 64 characters
    OpportunityDraft d =
        OpportunityDraft.builder()
            .from(withShifts(new ShiftDraft("A.b_c:d-9", START, START.plusSeconds(3600), 5)))
            .entityId(longest)
            .build();
    assertThat(validator.validate(d, Locale.ENGLISH)).isEmpty();
    assertThat(d.toOpportunity(validator).entity().value()).isEqualTo(longest);
    OpportunityDraft tooLong = OpportunityDraft.builder().from(d).entityId(longest + "x").build();
    assertThat(validator.validate(tooLong, Locale.ENGLISH))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("entityId", "Size"));
  }
}
