package org.tatawwu.impl.hours;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/** Two opportunities (Riyadh on site, and one in a DST zone) and a clock on 2025-03-20. */
final class LedgerFixture {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, RIYADH);
  static final OpportunityNumber RELIEF = OpportunityNumber.parse("20250000001");
  static final OpportunityNumber PARTNER = OpportunityNumber.parse("20250000002");
  static final VolunteerId SARA = VolunteerId.of("V-sara");
  static final VolunteerId OMAR = VolunteerId.of("V-omar");

  private LedgerFixture() {}

  static ParticipatingEntity entity(String id, String supervisor) {
    return ParticipatingEntity.builder()
        .id(EntityId.of(id))
        .name(BilingualText.of("جمعية", "Association"))
        .type(EntityType.NON_PROFIT_ASSOCIATION)
        .licenceNumber("L-" + id)
        .supervisingEntity(EntityId.of(supervisor))
        .region(Region.EASTERN_PROVINCE)
        .accreditation(
            new Accreditation(
                "A", DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1))))
        .build();
  }

  static OpportunityDirectory directory() {
    Opportunity relief =
        Opportunity.builder()
            .number(RELIEF)
            .title(BilingualText.of("إغاثة", "Relief"))
            .description(BilingualText.of("إغاثة", "Relief"))
            .entity(EntityId.of("E1"))
            .field(FieldCode.of("RELIEF"))
            .subField(FieldCode.of("RELIEF.SHELTER"))
            .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
            .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
            .status(OpportunityStatus.PUBLISHED)
            .build();
    Opportunity partner =
        Opportunity.builder()
            .number(PARTNER)
            .title(BilingualText.of("شريك", "Partner"))
            .description(BilingualText.of("شريك", "Partner"))
            .entity(EntityId.of("E2"))
            .field(FieldCode.of("IT"))
            .location(Location.remote())
            .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
            .zone(BERLIN)
            .status(OpportunityStatus.PUBLISHED)
            .build();
    return OpportunityDirectory.of(
        List.of(relief, partner), List.of(entity("E1", "SUP-1"), entity("E2", "SUP-2")));
  }

  static HourLedger ledger() {
    return Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), CLOCK);
  }

  static HourLedger ledger(HourEventStore store) {
    return Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), store, CLOCK);
  }

  static Instant riyadh(String local) {
    return LocalDateTime.parse(local).atZone(RIYADH).toInstant();
  }

  static HourSubmission claim(String key, VolunteerId v, String from, String to) {
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(v)
        .opportunity(RELIEF)
        .time(TimeRange.of(riyadh(from), riyadh(to)))
        .source(HourSource.CLAIM)
        .compulsory(false)
        .submittedBy("sys")
        .build();
  }
}
