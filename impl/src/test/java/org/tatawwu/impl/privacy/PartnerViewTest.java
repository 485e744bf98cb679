package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PartnerView;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.VolunteerCard;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

class PartnerViewTest {
  static final Instant T0 = Scenario.at("2025-03-01T09:00");
  static final EntityId E1 = EntityId.of("E1");
  static final EntityId E2 = EntityId.of("E2");
  static final List<PurposeId> SHARING = List.of(Purpose.PARTNER_ROSTER, Purpose.PARTNER_CONTACT);

  final TestClock clock = new TestClock(T0);
  final ConsentRegister consents = Tatawwu.privacy().consentRegister(clock, Purpose.defaults());
  final PurposeGuard guard = Tatawwu.privacy().purposeGuard(consents);
  // Scenario's opportunity: entity E1, 2025-03-01 to 2025-03-31 in Riyadh.
  final Opportunity march = Scenario.opportunity().build();
  final Opportunity other =
      Scenario.opportunity().number(OpportunityNumber.parse("20250000002")).entity(E2).build();
  final OpportunityDirectory directory = OpportunityDirectory.of(List.of(march, other), List.of());
  final Volunteer sara =
      Scenario.volunteer()
          .id(VolunteerId.of("V-100"))
          .email(EmailAddress.parse("sara@example.sa"))
          .addLanguage(LanguageCode.ARABIC)
          .build();
  final List<Enrollment> enrollments = new ArrayList<>();
  final PartnerView e1 =
      Tatawwu.privacy().partnerView(E1, guard, SHARING, id -> List.copyOf(enrollments), directory);
  final PartnerView e2 =
      Tatawwu.privacy().partnerView(E2, guard, SHARING, id -> List.copyOf(enrollments), directory);

  void enrol(EnrollmentStatus status) {
    enrollments.clear();
    enrollments.add(new Enrollment(sara.id(), march.number(), ShiftId.of("S1"), status, T0));
  }

  @Test
  void an_entity_sees_only_its_own_volunteers_while_enrolled() {
    assertThat(e1.view(sara, T0)).isEmpty();
    enrol(EnrollmentStatus.ACCEPTED);
    assertThat(e1.view(sara, T0.minusSeconds(1))).isEmpty(); // before the enrollment
    assertThat(e1.view(sara, T0)).isPresent();
    assertThat(e2.view(sara, T0)).isEmpty(); // not enrolled with E2
    // The opportunity's last day is 2025-03-31 in Riyadh: seen until its end, not after.
    assertThat(e1.view(sara, Scenario.at("2025-03-31T23:59"))).isPresent();
    assertThat(e1.view(sara, Scenario.at("2025-04-01T00:00"))).isEmpty();
    enrol(EnrollmentStatus.WITHDRAWN);
    assertThat(e1.view(sara, T0)).isEmpty();
    assertThat(e1.roster(List.of(sara), T0)).isEmpty();
  }

  @Test
  void contact_details_only_with_consent_and_only_the_fields_the_purposes_need() {
    enrol(EnrollmentStatus.ACCEPTED);
    VolunteerCard without = e1.view(sara, T0).orElseThrow();
    assertThat(without.id()).isEqualTo(sara.id());
    assertThat(without.name()).isEmpty();
    assertThat(without.mobile()).isEmpty();
    assertThat(without.email()).isEmpty();
    assertThat(without.region()).contains(Region.RIYADH);
    assertThat(without.city()).isEmpty();
    assertThat(without.skills()).isEmpty();
    assertThat(without.languages()).containsExactly(LanguageCode.ARABIC);
    assertThat(without.toString()).doesNotContain("Sara").doesNotContain("0501234567");

    consents.give(
        sara.id(), Purpose.PARTNER_CONTACT, NoticeVersion.of("sharing-1"), ConsentGiver.VOLUNTEER);
    VolunteerCard with = e1.view(sara, T0).orElseThrow();
    assertThat(with.name()).contains(sara.name());
    assertThat(with.mobile()).contains(sara.mobile());
    assertThat(with.email()).isEqualTo(sara.email());
    assertThat(with.toString()).doesNotContain("Sara").doesNotContain("sara@example.sa");

    clock.advance(Duration.ofHours(1));
    consents.withdraw(sara.id(), Purpose.PARTNER_CONTACT, ConsentGiver.VOLUNTEER);
    assertThat(e1.view(sara, clock.instant()).orElseThrow().mobile()).isEmpty();
    // Only the contact purpose: the profile's region and languages are not shared.
    PartnerView contactOnly =
        Tatawwu.privacy()
            .partnerView(
                E1,
                guard,
                List.of(Purpose.PARTNER_CONTACT),
                id -> List.copyOf(enrollments),
                directory);
    VolunteerCard bare = contactOnly.view(sara, T0).orElseThrow();
    assertThat(bare.region()).isEmpty();
    assertThat(bare.languages()).isEmpty();
    assertThat(bare.name()).contains(sara.name()); // consent was in force at T0
  }

  @Test
  void the_roster_has_a_card_per_enrolled_volunteer_in_the_order_given() {
    Volunteer omar =
        Scenario.volunteer()
            .id(VolunteerId.of("V-200"))
            .region(Region.MAKKAH)
            .city(City.of("جدة", "Jeddah", Region.MAKKAH))
            .putSkill(SkillCode.of("driving"), SkillLevel.BASIC)
            .build();
    Volunteer hind = Scenario.volunteer().id(VolunteerId.of("V-300")).build();
    enrol(EnrollmentStatus.ATTENDED);
    enrollments.add(
        new Enrollment(omar.id(), march.number(), ShiftId.of("S1"), EnrollmentStatus.APPLIED, T0));

    List<VolunteerCard> roster = e1.roster(List.of(omar, hind, sara), T0);
    assertThat(roster).extracting(VolunteerCard::id).containsExactly(omar.id(), sara.id());
    VolunteerCard card = roster.get(0);
    assertThat(card.region()).contains(Region.MAKKAH);
    assertThat(card.city()).contains(City.of("جدة", "Jeddah", Region.MAKKAH));
    assertThat(card.skills()).isEqualTo(Map.of(SkillCode.of("driving"), SkillLevel.BASIC));
    assertThat(card.name()).isEmpty(); // no consent to sharing contact details

    PartnerView contactOnly =
        Tatawwu.privacy()
            .partnerView(
                E1,
                guard,
                List.of(Purpose.PARTNER_CONTACT),
                id -> List.copyOf(enrollments),
                directory);
    VolunteerCard bare = contactOnly.roster(List.of(omar), T0).get(0);
    assertThat(bare.city()).isEmpty();
    assertThat(bare.skills()).isEmpty();
    assertThat(contactOnly.toString())
        .isEqualTo("PartnerView[entity=E1, purposes=[partner.contact]]");
  }
}
