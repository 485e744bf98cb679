package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tatawwu.hours.OpportunityDirectoryTest.NUMBER;
import static org.tatawwu.hours.OpportunityDirectoryTest.SHIFT;
import static org.tatawwu.hours.OpportunityDirectoryTest.T0;
import static org.tatawwu.hours.OpportunityDirectoryTest.VOLUNTEER;
import static org.tatawwu.hours.OpportunityDirectoryTest.enrollment;
import static org.tatawwu.hours.OpportunityDirectoryTest.entity;
import static org.tatawwu.hours.OpportunityDirectoryTest.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.VolunteerId;

/** What {@link OpportunityDirectory#of} refuses, and what a directory must answer. */
class OpportunityDirectoryRefusalsTest {
  static final Instant T1 = T0.plusSeconds(3_600);

  static OpportunityDirectory rosterOf(List<Enrollment> enrollments) {
    return OpportunityDirectory.of(
        List.of(opportunity()), List.of(entity()), enrollments, FieldCatalogue.DEFAULT);
  }

  static String refusal(List<Enrollment> enrollments) {
    try {
      rosterOf(enrollments);
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("accepted");
  }

  @Test
  void a_value_given_twice_alike_is_one_value_and_given_twice_unlike_is_refused_by_its_key() {
    OpportunityDirectory d =
        OpportunityDirectory.of(
            List.of(opportunity(), opportunity()), List.of(entity(), entity(), entity()));
    assertThat(d.opportunity(NUMBER)).contains(opportunity());
    assertThat(d.entity(EntityId.of("E1"))).contains(entity());

    Opportunity closed = opportunity().withStatus(OpportunityStatus.CLOSED);
    ParticipatingEntity renamed =
        ParticipatingEntity.builder()
            .id(EntityId.of("E1"))
            .name(BilingualText.of("أخرى", "Other"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("L-1")
            .supervisingEntity(EntityId.of("SUP-1"))
            .region(Region.RIYADH)
            .build();
    assertThatThrownBy(
            () ->
                OpportunityDirectory.of(
                    List.of(opportunity(), closed, opportunity()),
                    List.of(entity(), renamed, renamed)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "2 directory problem(s): entity E1 given twice with different contents;"
                + " opportunity 12345678901 given twice with different contents");
    // With enrollments, the duplicate and the history are named together.
    assertThatThrownBy(
            () ->
                OpportunityDirectory.of(
                    List.of(opportunity(), closed),
                    List.of(entity()),
                    List.of(
                        enrollment(EnrollmentStatus.WITHDRAWN, T0),
                        enrollment(EnrollmentStatus.ACCEPTED, T1)),
                    FieldCatalogue.DEFAULT))
        .hasMessageStartingWith("2 directory problem(s): ")
        .hasMessageContaining("enrollment.illegalMove: WITHDRAWN cannot move to ACCEPTED")
        .hasMessageContaining("opportunity 12345678901 given twice");
  }

  @Test
  void the_problems_named_do_not_depend_on_the_order_the_enrollments_are_given_in() {
    Enrollment acceptedEarly = enrollment(EnrollmentStatus.ACCEPTED, T0);
    Enrollment acceptedLate = enrollment(EnrollmentStatus.ACCEPTED, T1);
    Enrollment withdrawnLate = enrollment(EnrollmentStatus.WITHDRAWN, T1);
    // Worked out by hand: T1 holds two states, one problem; the move from T0 into an instant
    // that holds two states is not judged.
    String expected =
        "1 directory problem(s): enrollment.sameInstant: ACCEPTED, WITHDRAWN all since"
            + " 2025-03-01T06:00:00Z (opportunity 12345678901, shift morning, enrollments at"
            + " positions 1, 2)";
    assertThat(refusal(List.of(acceptedEarly, acceptedLate, withdrawnLate))).isEqualTo(expected);
    assertThat(refusal(List.of(acceptedEarly, withdrawnLate, acceptedLate))).isEqualTo(expected);
    assertThat(refusal(List.of(acceptedEarly, acceptedLate, withdrawnLate)))
        .doesNotContain(VOLUNTEER.value());
  }

  @Test
  void a_long_list_of_problems_names_the_first_twenty_and_counts_the_rest() {
    List<Enrollment> bad = new ArrayList<>();
    for (int v = 0; v < 50; v++) {
      VolunteerId id = VolunteerId.of("v" + v);
      bad.add(new Enrollment(id, NUMBER, SHIFT, EnrollmentStatus.WITHDRAWN, T0));
      bad.add(new Enrollment(id, NUMBER, SHIFT, EnrollmentStatus.ACCEPTED, T1));
    }
    String message = refusal(bad);
    assertThat(message).startsWith("50 directory problem(s): ").endsWith("; and 30 more");
    assertThat(message.split("enrollment.illegalMove", -1)).hasSize(21);
  }

  @Test
  void a_directory_that_holds_enrollments_must_say_who_is_enrolled() {
    OpportunityDirectory holdsButDoesNotSay =
        new OpportunityDirectory() {
          @Override
          public Optional<Opportunity> opportunity(OpportunityNumber number) {
            return Optional.empty();
          }

          @Override
          public Optional<ParticipatingEntity> entity(EntityId id) {
            return Optional.empty();
          }

          @Override
          public boolean holdsEnrollments() {
            return true;
          }
        };
    assertThatThrownBy(() -> holdsButDoesNotSay.enrolledOn(NUMBER, SHIFT, T0))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("enrolledOn");
    OpportunityDirectory plain = OpportunityDirectory.of(List.of(opportunity()), List.of(entity()));
    assertThat(plain.enrolledOn(NUMBER, ShiftId.of("morning"), T0)).isEmpty();
  }
}
