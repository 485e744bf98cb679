package org.tatawwu.postgres;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
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

/** One opportunity in Riyadh, a fixed clock on 2025-03-20, ledgers over any store. */
final class HourFixture {
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, RIYADH);
  static final OpportunityNumber RELIEF = OpportunityNumber.parse("20250000001");
  static final Instant BASE = LocalDateTime.parse("2025-03-01T06:00").atZone(RIYADH).toInstant();

  private HourFixture() {}

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
    ParticipatingEntity entity =
        ParticipatingEntity.builder()
            .id(EntityId.of("E1"))
            .name(BilingualText.of("جمعية", "Association"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("L-E1")
            .supervisingEntity(EntityId.of("SUP-1"))
            .region(Region.RIYADH)
            .accreditation(
                new Accreditation(
                    "A", DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1))))
            .build();
    return OpportunityDirectory.of(List.of(relief), List.of(entity));
  }

  static HourLedger ledger(HourEventStore store) {
    return Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), store, CLOCK);
  }

  /** Volunteer {@code v}'s work from quarter-hour {@code slot} for {@code quarters} quarters. */
  static HourSubmission claim(String key, int v, int slot, int quarters) {
    Instant start = BASE.plus(Duration.ofMinutes(15L * slot));
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(VolunteerId.of("V" + v))
        .opportunity(RELIEF)
        .time(TimeRange.of(start, start.plus(Duration.ofMinutes(15L * quarters))))
        .source(HourSource.CLAIM)
        .compulsory(false)
        .submittedBy("node")
        .build();
  }

  /** The submission an entry was made from. */
  static HourSubmission submissionOf(HourEntry e) {
    return HourSubmission.builder()
        .key(e.key())
        .volunteer(e.volunteer())
        .opportunity(e.opportunity())
        .time(e.time())
        .source(e.source())
        .compulsory(e.compulsory())
        .submittedBy(e.submittedBy())
        .build();
  }

  /**
   * The single-node model: the logged operations, replayed one by one as calls on a fresh ledger
   * over memory in the log's order. Each must be accepted again, and the ledgers must agree.
   */
  static HourLedger singleNodeModel(List<HourEvent> log) {
    HourLedger model = Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), CLOCK);
    for (HourEvent e : log) {
      switch (e.type()) {
        case SUBMITTED -> {
          if (e.entry().corrects().isPresent()) {
            model.correct(
                e.entry().corrects().get(), submissionOf(e.entry()), e.note().orElseThrow());
          } else {
            model.submit(submissionOf(e.entry()));
          }
        }
        case APPROVED -> model.approve(e.entry().id(), e.actor());
        case REJECTED -> model.reject(e.entry().id(), e.actor(), e.note().orElseThrow());
        case SUPERSEDED -> {
          // written by the approval of the correction, replayed with it
        }
      }
    }
    return model;
  }

  /** Whether two time ranges overlap (half-open). */
  static boolean overlap(TimeRange a, TimeRange b) {
    return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }
}
