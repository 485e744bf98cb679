package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.volunteer.VolunteerId;

class OpportunityDirectoryTest {
  static final OpportunityNumber NUMBER = OpportunityNumber.parse("12345678901");
  static final OpportunityNumber OTHER = OpportunityNumber.parse("10987654321");
  static final ShiftId SHIFT = ShiftId.of("morning");
  static final VolunteerId VOLUNTEER = VolunteerId.of("v-1");
  static final Instant T0 = Instant.parse("2025-03-01T05:00:00Z");

  static Opportunity opportunity() {
    return Opportunity.builder()
        .number(NUMBER)
        .title(BilingualText.of("توزيع السلال", "Food baskets"))
        .description(BilingualText.of("توزيع السلال", "Food baskets"))
        .entity(EntityId.of("E1"))
        .field(FieldCode.of("SOCIAL"))
        .subField(FieldCode.of("SOCIAL.FOOD_BASKETS"))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
        .build();
  }

  static ParticipatingEntity entity() {
    return ParticipatingEntity.builder()
        .id(EntityId.of("E1"))
        .name(BilingualText.of("جمعية", "Association"))
        .type(EntityType.NON_PROFIT_ASSOCIATION)
        .licenceNumber("L-1")
        .supervisingEntity(EntityId.of("SUP-1"))
        .region(Region.RIYADH)
        .build();
  }

  static Enrollment enrollment(EnrollmentStatus status, Instant since) {
    return new Enrollment(VOLUNTEER, NUMBER, SHIFT, status, since);
  }

  @Test
  void a_plain_directory_finds_what_it_was_given_and_holds_nothing_else() {
    OpportunityDirectory d = OpportunityDirectory.of(List.of(opportunity()), List.of(entity()));
    assertThat(d.opportunity(NUMBER)).contains(opportunity());
    assertThat(d.opportunity(OTHER)).isEmpty();
    assertThat(d.entity(EntityId.of("E1"))).contains(entity());
    assertThat(d.entity(EntityId.of("E2"))).isEmpty();
    assertThat(d.holdsEnrollments()).isFalse();
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0)).isEmpty();
    assertThat(d.fieldCatalogue()).isEmpty();
    assertThat(d.checkInKey(EntityId.of("E1"))).isEmpty();
  }

  @Test
  void the_enrollment_in_force_is_the_last_taken_at_or_before_the_instant() {
    // Given out of order: the directory sorts each volunteer's history by time.
    OpportunityDirectory d =
        OpportunityDirectory.of(
            List.of(opportunity()),
            List.of(entity()),
            List.of(
                enrollment(EnrollmentStatus.ACCEPTED, T0.plusSeconds(3600)),
                enrollment(EnrollmentStatus.ATTENDED, T0.plusSeconds(7200)),
                enrollment(EnrollmentStatus.APPLIED, T0)),
            FieldCatalogue.DEFAULT);
    assertThat(d.holdsEnrollments()).isTrue();
    assertThat(d.fieldCatalogue()).containsSame(FieldCatalogue.DEFAULT);
    assertThat(d.opportunity(NUMBER)).contains(opportunity());
    assertThat(d.entity(EntityId.of("E1"))).contains(entity());
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0.minusNanos(1))).isEmpty();
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0)).contains(EnrollmentStatus.APPLIED);
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0.plusSeconds(3599)))
        .contains(EnrollmentStatus.APPLIED);
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0.plusSeconds(3600)))
        .contains(EnrollmentStatus.ACCEPTED);
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0.plusSeconds(7199)))
        .contains(EnrollmentStatus.ACCEPTED);
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0.plusSeconds(9000)))
        .contains(EnrollmentStatus.ATTENDED);
    assertThat(d.enrollment(OTHER, SHIFT, VOLUNTEER, T0.plusSeconds(9000))).isEmpty();
    assertThat(d.enrollment(NUMBER, ShiftId.of("evening"), VOLUNTEER, T0.plusSeconds(9000)))
        .isEmpty();
    assertThat(d.enrollment(NUMBER, SHIFT, VolunteerId.of("v-2"), T0.plusSeconds(9000))).isEmpty();
  }

  @Test
  void histories_given_in_any_order_read_the_same() {
    List<Enrollment> inOrder =
        List.of(
            enrollment(EnrollmentStatus.APPLIED, T0),
            enrollment(EnrollmentStatus.WAITLISTED, T0.plusSeconds(10)),
            enrollment(EnrollmentStatus.ACCEPTED, T0.plusSeconds(20)),
            enrollment(EnrollmentStatus.WITHDRAWN, T0.plusSeconds(30)));
    List<EnrollmentStatus> expected =
        List.of(
            EnrollmentStatus.APPLIED,
            EnrollmentStatus.WAITLISTED,
            EnrollmentStatus.ACCEPTED,
            EnrollmentStatus.WITHDRAWN);
    List<List<Enrollment>> orders =
        List.of(
            inOrder,
            List.of(inOrder.get(3), inOrder.get(2), inOrder.get(1), inOrder.get(0)),
            List.of(inOrder.get(2), inOrder.get(0), inOrder.get(3), inOrder.get(1)),
            List.of(inOrder.get(1), inOrder.get(3), inOrder.get(0), inOrder.get(2)));
    for (List<Enrollment> order : orders) {
      OpportunityDirectory d =
          OpportunityDirectory.of(List.of(), List.of(), order, FieldCatalogue.DEFAULT);
      for (int i = 0; i < 4; i++) {
        assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0.plusSeconds(10L * i + 5)))
            .as("order %s, second %d", order, 10 * i + 5)
            .contains(expected.get(i));
      }
    }
  }

  @Test
  void check_in_keys_are_added_without_changing_the_rest() throws Exception {
    PublicKey key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    OpportunityDirectory base =
        OpportunityDirectory.of(
            List.of(opportunity()),
            List.of(entity()),
            List.of(enrollment(EnrollmentStatus.ACCEPTED, T0)),
            FieldCatalogue.DEFAULT);
    OpportunityDirectory d = base.withCheckInKeys(Map.of(EntityId.of("E1"), key));
    assertThat(d.checkInKey(EntityId.of("E1"))).containsSame(key);
    assertThat(d.checkInKey(EntityId.of("E2"))).isEmpty();
    assertThat(d.opportunity(NUMBER)).contains(opportunity());
    assertThat(d.opportunity(OTHER)).isEmpty();
    assertThat(d.entity(EntityId.of("E1"))).contains(entity());
    assertThat(d.holdsEnrollments()).isTrue();
    assertThat(d.enrollment(NUMBER, SHIFT, VOLUNTEER, T0)).contains(EnrollmentStatus.ACCEPTED);
    assertThat(d.fieldCatalogue()).containsSame(FieldCatalogue.DEFAULT);
    OpportunityDirectory plain =
        OpportunityDirectory.of(List.of(), List.of()).withCheckInKeys(Map.of());
    assertThat(plain.holdsEnrollments()).isFalse();
    assertThat(plain.fieldCatalogue()).isEmpty();
  }
}
