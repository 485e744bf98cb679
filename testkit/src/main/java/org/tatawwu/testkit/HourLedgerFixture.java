package org.tatawwu.testkit;

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

/**
 * A small world for hour ledger tests over any store: one published relief opportunity in Riyadh
 * through March 2025, run by one accredited association, and a clock fixed on 2025-03-20 at 15:00
 * in Riyadh. Volunteers are {@code V0}, {@code V1}, ...; work is counted in quarter hours from
 * {@link #BASE}. Ledgers use {@link HourPolicy#DEFAULT}.
 *
 * <p>This class has static members only; they are thread-safe.
 */
public final class HourLedgerFixture {
  /** The zone of the opportunity and the clock. */
  public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  /** The clock's instant: 2025-03-20T12:00Z. */
  public static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");

  /** The ledgers' clock, fixed at {@link #NOW} in {@link #RIYADH}. */
  public static final Clock CLOCK = Clock.fixed(NOW, RIYADH);

  /** The relief opportunity's number. */
  public static final OpportunityNumber RELIEF = OpportunityNumber.parse("20250000001");

  /** Quarter hour 0 of {@link #claim}: 2025-03-01 at 06:00 in Riyadh. */
  public static final Instant BASE =
      LocalDateTime.parse("2025-03-01T06:00").atZone(RIYADH).toInstant();

  private HourLedgerFixture() {}

  /**
   * Returns the directory: the relief opportunity and its association.
   *
   * @return the directory
   */
  public static OpportunityDirectory directory() {
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
    return OpportunityDirectory.of(List.of(relief), List.of(association()));
  }

  /** The relief opportunity's association E1, accredited from 2024 to 2030. */
  static ParticipatingEntity association() {
    return ParticipatingEntity.builder()
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
  }

  /**
   * Creates a ledger over a store, replaying what it holds.
   *
   * @param store the store, not null
   * @return the ledger
   */
  public static HourLedger ledger(HourEventStore store) {
    return Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), store, CLOCK);
  }

  /**
   * Creates a ledger over memory.
   *
   * @return the ledger
   */
  public static HourLedger ledger() {
    return Tatawwu.hourLedger(HourPolicy.DEFAULT, directory(), CLOCK);
  }

  /**
   * Returns volunteer {@code V<v>}'s claim of work from quarter hour {@code slot} after {@link
   * #BASE} for {@code quarters} quarter hours, submitted by {@code node}.
   *
   * @param key the idempotency key, an identifier; not null
   * @param v the volunteer's number, 0 or more
   * @param slot the first quarter hour, 0 or more
   * @param quarters how many quarter hours, 1 or more
   * @return the submission
   */
  public static HourSubmission claim(String key, int v, int slot, int quarters) {
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

  /**
   * Returns the submission an entry was made from.
   *
   * @param e the entry, not null
   * @return the submission
   */
  public static HourSubmission submissionOf(HourEntry e) {
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
   * Returns the single-node model of a log: its operations replayed one by one as calls on a fresh
   * ledger over memory, in the log's order. Each must be accepted again (a refusal throws); the
   * caller compares the model with the ledgers that wrote the log.
   *
   * @param log the events, in sequence, not null
   * @return the model ledger
   */
  public static HourLedger singleNodeModel(List<HourEvent> log) {
    HourLedger model = ledger();
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

  /**
   * Returns whether two time ranges overlap (half-open: adjacent ranges do not).
   *
   * @param a one range, not null
   * @param b the other, not null
   * @return whether they share an instant
   */
  public static boolean overlap(TimeRange a, TimeRange b) {
    return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }
}
