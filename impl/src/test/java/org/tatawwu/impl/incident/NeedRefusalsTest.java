package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.Need;
import org.tatawwu.incident.NeedId;
import org.tatawwu.incident.Role;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;

/**
 * A {@link Need} refuses every mismatch at once, in English and Arabic (the texts written here by
 * hand from the bundles), on the flood's fixtures.
 */
class NeedRefusalsTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  final Role role = Flood.role("rescue", CredentialDemand.NONE, false);
  final Need valid = Flood.need("rescue", 1, role, new int[] {0, 8, 6, 2});
  final ParticipatingEntity partner =
      ParticipatingEntity.builder().from(Flood.entity()).id(EntityId.of("E2")).build();

  @Test
  void a_need_names_the_entity_the_requirements_and_the_missing_shift_together() {
    Opportunity noShift =
        Opportunity.builder()
            .from(valid.opportunity())
            .shifts(List.of())
            .requirements(Requirements.NONE.withMinimumAge(21))
            .build();
    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> new Need(NeedId.of("N"), role, noShift, partner));
    assertThat(e.codes())
        .containsExactly("need.entityMismatch", "need.requirementsMismatch", "need.noShift");
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "entity", "a need's opportunity is offered by the need's entity"),
            org.assertj.core.groups.Tuple.tuple(
                "opportunity", "a need's opportunity has its role's requirements"),
            org.assertj.core.groups.Tuple.tuple("opportunity", "a need has at least one shift"));
    assertThat(e.problems(AR))
        .extracting(Problem::message)
        .containsExactly(
            "فرصة الاحتياج تطرحها جهة الاحتياج نفسها",
            "متطلبات فرصة الاحتياج هي متطلبات دوره",
            "للاحتياج فترة واحدة على الأقل");
  }

  @Test
  void a_need_of_more_than_a_million_seats_is_refused_with_its_other_problems() {
    // 11 shifts of 100,000 seats: 1,100,000 seats
    List<Shift> shifts = new ArrayList<>();
    Instant start = valid.opportunity().shifts().get(0).time().start();
    for (int i = 0; i < 11; i++) {
      Instant s = start.plusSeconds(86_400L * i);
      shifts.add(
          new Shift(ShiftId.of("S" + i), TimeRange.of(s, s.plusSeconds(3600)), Shift.MAX_CAPACITY));
    }
    Opportunity big = Opportunity.builder().from(valid.opportunity()).shifts(shifts).build();
    RuleException e =
        catchThrowableOfType(
            RuleException.class, () -> new Need(NeedId.of("N"), role, big, partner));
    assertThat(e.codes()).containsExactly("need.entityMismatch", "need.tooManySeats");
    assertThat(e.problems(Locale.ENGLISH).get(1).message())
        .isEqualTo("a need has at most " + IncidentCommand.MAX_SEATS + " seats in all");
    assertThat(e.problems(AR).get(1).message())
        .isEqualTo("لا تتجاوز مقاعد الاحتياج كلها 1000000 مقعد");
    // exactly 1,000,000 seats with the right entity is a need
    Opportunity million =
        Opportunity.builder().from(valid.opportunity()).shifts(shifts.subList(0, 10)).build();
    assertThat(new Need(NeedId.of("N"), role, million, Flood.entity()).seats())
        .isEqualTo(1_000_000);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void a_null_component_is_a_null_pointer() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Need(NeedId.of("N"), null, valid.opportunity(), Flood.entity()))
        .withMessage("role");
  }
}
