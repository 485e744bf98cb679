package org.tatawwu.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

class EligibilityQueryTest {
  // 22:30 UTC on 1 March is 01:30 on 2 March in Riyadh (UTC+3).
  static final Shift LATE =
      new Shift(
          ShiftId.of("late"),
          TimeRange.of(
              Instant.parse("2025-03-01T22:30:00Z"), Instant.parse("2025-03-02T02:00:00Z")),
          4);
  static final Shift EARLY =
      new Shift(
          ShiftId.of("early"),
          TimeRange.of(
              Instant.parse("2025-03-10T05:00:00Z"), Instant.parse("2025-03-10T09:00:00Z")),
          4);
  static final Instant AT = Instant.parse("2025-02-20T10:00:00Z");

  static Opportunity opportunity(String entity) {
    return Opportunity.builder()
        .number(OpportunityNumber.parse("12345678901"))
        .title(BilingualText.of("توزيع السلال", "Food baskets"))
        .description(BilingualText.of("توزيع السلال", "Food baskets"))
        .entity(EntityId.of(entity))
        .field(FieldCode.of("SOCIAL"))
        .subField(FieldCode.of("SOCIAL.FOOD_BASKETS"))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
        .addShift(LATE)
        .addShift(EARLY)
        .build();
  }

  static ParticipatingEntity entity(String id) {
    return ParticipatingEntity.builder()
        .id(EntityId.of(id))
        .name(BilingualText.of("جمعية", "Association"))
        .type(EntityType.NON_PROFIT_ASSOCIATION)
        .licenceNumber("L-1")
        .supervisingEntity(EntityId.of("SUP-1"))
        .region(Region.RIYADH)
        .build();
  }

  static Volunteer volunteer(String id) {
    return Volunteer.builder()
        .id(VolunteerId.of(id))
        .nationalId(NationalId.parse("1000000008"))
        .name(BilingualText.of("سارة", "Sara"))
        .mobile(MobileNumber.parse("0501234567"))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(2000, 1, 5)))
        .gender(Gender.FEMALE)
        .nationality(Nationality.SAUDI)
        .region(Region.RIYADH)
        .build();
  }

  @Test
  void an_offer_is_a_shift_of_the_entitys_own_opportunity_on_its_local_day() {
    ShiftOffer offer = new ShiftOffer(entity("E1"), opportunity("E1"), LATE);
    assertThat(offer.day()).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(offer.entity()).isEqualTo(entity("E1"));
    assertThat(offer.opportunity()).isEqualTo(opportunity("E1"));
    assertThat(offer.shift()).isEqualTo(LATE);
    assertThat(new ShiftOffer(entity("E1"), opportunity("E1"), EARLY).day())
        .isEqualTo(LocalDate.of(2025, 3, 10));
    Shift stranger = new Shift(ShiftId.of("late"), LATE.time(), 5);
    assertThatThrownBy(() -> new ShiftOffer(entity("E1"), opportunity("E1"), stranger))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ShiftOffer(entity("E2"), opportunity("E1"), LATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void offers_are_equal_by_entity_opportunity_and_shift() {
    ShiftOffer a = new ShiftOffer(entity("E1"), opportunity("E1"), LATE);
    ShiftOffer b = new ShiftOffer(entity("E1"), opportunity("E1"), LATE);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new ShiftOffer(entity("E1"), opportunity("E1"), EARLY));
    assertThat(a).isNotEqualTo(new ShiftOffer(entity("E2"), opportunity("E2"), LATE));
    assertThat((Object) a).isNotEqualTo("ShiftOffer");
    assertThat(a.toString())
        .isEqualTo("ShiftOffer[entity=E1, opportunity=12345678901, shift=late]");
  }

  @Test
  void a_query_carries_what_it_was_built_from() {
    TimeRange busy =
        TimeRange.of(Instant.parse("2025-03-01T08:00:00Z"), Instant.parse("2025-03-01T09:00:00Z"));
    EligibilityQuery q =
        EligibilityQuery.of(
            volunteer("V-1"), opportunity("E1"), LATE, entity("E1"), List.of(busy), AT);
    assertThat(q.volunteer()).isEqualTo(volunteer("V-1"));
    assertThat(q.opportunity()).isEqualTo(opportunity("E1"));
    assertThat(q.shift()).isEqualTo(LATE);
    assertThat(q.entity()).isEqualTo(entity("E1"));
    assertThat(q.commitments()).containsExactly(busy);
    assertThat(q.at()).isEqualTo(AT);
    assertThat(q.shiftDay()).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(q.credentialDemand()).isEqualTo(CredentialDemand.NONE);
    assertThat(q.credentials()).isEmpty();
    assertThat(q.toString())
        .isEqualTo(
            "EligibilityQuery[volunteer=V-1, opportunity=12345678901, shift=late,"
                + " at=2025-02-20T10:00:00Z]");
  }

  @Test
  void copies_change_the_offer_the_credentials_or_the_volunteer_and_keep_the_rest() {
    TimeRange busy =
        TimeRange.of(Instant.parse("2025-03-01T08:00:00Z"), Instant.parse("2025-03-01T09:00:00Z"));
    CredentialDemand demand = CredentialDemand.of(CredentialTypeId.of("first-aid"));
    EligibilityQuery q =
        EligibilityQuery.of(
                volunteer("V-1"),
                new ShiftOffer(entity("E1"), opportunity("E1"), LATE),
                List.of(busy),
                AT)
            .withCredentials(demand, List.of());
    assertThat(q.credentialDemand()).isEqualTo(demand);

    EligibilityQuery moved = q.forOffer(new ShiftOffer(entity("E1"), opportunity("E1"), EARLY));
    assertThat(moved.shift()).isEqualTo(EARLY);
    assertThat(moved.shiftDay()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(moved.volunteer()).isEqualTo(volunteer("V-1"));
    assertThat(moved.commitments()).containsExactly(busy);
    assertThat(moved.at()).isEqualTo(AT);
    assertThat(moved.credentialDemand()).isEqualTo(demand);

    EligibilityQuery other = q.forVolunteer(volunteer("V-2"), List.of());
    assertThat(other.volunteer().id()).isEqualTo(VolunteerId.of("V-2"));
    assertThat(other.commitments()).isEmpty();
    assertThat(other.shift()).isEqualTo(LATE);
    assertThat(other.shiftDay()).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(other.credentialDemand()).isEqualTo(demand);
    assertThat(other.at()).isEqualTo(AT);
    assertThat(other.entity()).isEqualTo(entity("E1"));
    assertThat(other.opportunity()).isEqualTo(opportunity("E1"));
  }

  @Test
  void a_credential_demand_is_empty_only_without_types_and_level() {
    assertThat(CredentialDemand.NONE.isEmpty()).isTrue();
    assertThat(CredentialDemand.of(CredentialTypeId.of("x")).isEmpty()).isFalse();
    assertThat(
            CredentialDemand.NONE
                .withMinimumLevel(org.tatawwu.credential.VerificationLevel.LEVEL_1)
                .isEmpty())
        .isFalse();
  }
}
