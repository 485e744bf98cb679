package org.tatawwu.impl.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
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

/**
 * A baseline that every built-in criterion accepts: an adult citizen in Riyadh and a published,
 * on-site Riyadh opportunity with one shift on 2025-03-10 08:00–12:00 (Asia/Riyadh).
 */
public final class Scenario {
  public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  public static final LocalDate SHIFT_DAY = LocalDate.of(2025, 3, 10);
  public static final Instant ASKED = Instant.parse("2025-03-01T09:00:00Z");

  private Scenario() {}

  public static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(RIYADH).toInstant();
  }

  public static Shift shift() {
    return new Shift(
        ShiftId.of("S1"), TimeRange.of(at("2025-03-10T08:00"), at("2025-03-10T12:00")), 10);
  }

  public static Volunteer.Builder volunteer() {
    return Volunteer.builder()
        .id(VolunteerId.of("V1"))
        .nationalId(NationalId.parse("1234567897"))
        .nationality(Nationality.SAUDI)
        .name(BilingualText.of("سارة", "Sara"))
        .mobile(MobileNumber.parse("0501234567"))
        .birthDate(BirthDate.ofGregorian(LocalDate.of(1995, 5, 5)))
        .gender(Gender.FEMALE)
        .region(Region.RIYADH);
  }

  public static Opportunity.Builder opportunity() {
    return Opportunity.builder()
        .number(OpportunityNumber.parse("20250000001"))
        .title(BilingualText.of("إغاثة", "Relief"))
        .description(BilingualText.of("إغاثة", "Relief"))
        .entity(EntityId.of("E1"))
        .field(FieldCode.of("RELIEF"))
        .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
        .addShift(shift())
        .requirements(Requirements.NONE)
        .status(OpportunityStatus.PUBLISHED);
  }

  public static ParticipatingEntity entity() {
    return entity(EntityType.NON_PROFIT_ASSOCIATION, LocalDate.of(2030, 12, 31));
  }

  public static ParticipatingEntity entity(EntityType type, LocalDate accreditedUntil) {
    return ParticipatingEntity.builder()
        .id(EntityId.of("E1"))
        .name(BilingualText.of("جمعية", "Association"))
        .type(type)
        .licenceNumber("L-1")
        .supervisingEntity(EntityId.of("SUP-1"))
        .region(Region.RIYADH)
        .accreditation(
            new Accreditation("A-1", DateRange.of(LocalDate.of(2024, 1, 1), accreditedUntil)))
        .build();
  }

  public static EligibilityQuery query(Volunteer v, Opportunity o) {
    return EligibilityQuery.of(v, o, o.shifts().get(0), entity(), List.of(), ASKED);
  }

  public static EligibilityQuery query(Volunteer v) {
    return query(v, opportunity().build());
  }
}
