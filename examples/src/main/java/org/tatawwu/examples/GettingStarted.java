package org.tatawwu.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.matching.Match;
import org.tatawwu.matching.MatchWeights;
import org.tatawwu.matching.Ranker;
import org.tatawwu.matching.ShiftCatalog;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;
import org.tatawwu.volunteer.VolunteerStatus;

/**
 * Getting started: validate a registration, check eligibility, rank shifts, record hours. The
 * README shows this file verbatim and {@code GettingStartedTest} runs it.
 */
public final class GettingStarted {
  private GettingStarted() {}

  /**
   * Runs the walk-through.
   *
   * @param args ignored
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    // Time always comes from a Clock (fixed here so that the output never changes).
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneId.of("Asia/Riyadh"));

    // 1. Validate what a user typed: every problem at once, in Arabic or English.
    InputValidator validator = Tatawwu.validator(clock); // thread-safe: create once
    VolunteerRegistration form =
        VolunteerRegistration.builder()
            .nationalId("1000000008")
            .nameArabic("سارة العتيبي")
            .nameEnglish("Sara Al-Otaibi")
            .mobile("0501234567")
            .birthDateHijri("1410-02-15")
            .gender(Gender.FEMALE)
            .region("SA-01")
            .fieldsOfInterest(List.of("HEALTH"))
            .charterAccepted(true)
            .guardianCharterSigned(false)
            .build();
    List<Problem> problems = validator.validate(form, Locale.ENGLISH);
    for (Problem p : problems) { // none for this form
      System.out.println(p.path() + ": " + p.plainMessage()); // plainMessage(): for logs
    }
    Volunteer sara = // validates again: an invalid form throws InvalidInputException, every problem
        form.toVolunteer(VolunteerId.of("V-1"), validator)
            .withStatus(VolunteerStatus.VERIFIED); // once the platform has verified her identity

    // 2. An entity takes volunteers only while accredited: without an Accreditation every
    //    verdict is entity.notAccredited.
    ParticipatingEntity entity =
        ParticipatingEntity.builder()
            .id(EntityId.of("E-1"))
            .name(BilingualText.of("جمعية البر", "Al-Birr Society"))
            .type(EntityType.NON_PROFIT_ASSOCIATION)
            .licenceNumber("NPO-1")
            .supervisingEntity(EntityId.of("MHRSD"))
            .region(Region.RIYADH)
            .accreditation(
                new Accreditation(
                    "ACC-1", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))))
            .build();
    Instant start = Instant.parse("2026-12-05T06:00:00Z"); // a shift in the future
    Opportunity opportunity =
        Opportunity.builder()
            .number(OpportunityNumber.parse("20260000001"))
            .title(BilingualText.of("توزيع السلال الغذائية", "Food basket distribution"))
            .description(
                BilingualText.of(
                    "فرز السلال الغذائية وتوصيلها إلى الأسر",
                    "Sorting food baskets and delivering them to families"))
            .entity(entity.id())
            .field(FieldCode.of("SOCIAL"))
            .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
            .period(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
            .addShift(
                new Shift(ShiftId.of("S1"), TimeRange.of(start, start.plusSeconds(4 * 3600)), 10))
            .status(OpportunityStatus.PUBLISHED)
            .build();
    Shift shift = opportunity.shifts().get(0);

    // 3. Eligibility: a verdict with every unmet criterion, explained in either language.
    EligibilityEngine engine = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
    Verdict verdict =
        engine.evaluate(
            EligibilityQuery.of(sara, opportunity, shift, entity, List.of(), clock.instant()));
    System.out.println("eligible: " + verdict.isEligible());
    for (Explanation why : engine.explain(verdict, Locale.ENGLISH)) {
      System.out.println("  " + why.message() + " — " + why.remedy());
    }

    // 4. Ranking: the best shifts she is eligible for. Shifts that have already started are left
    //    out, so the list may be shorter than asked for (even empty): check before get(0).
    Ranker ranker = Tatawwu.ranker(engine, MatchWeights.DEFAULT, (volunteer, field) -> 0L);
    ShiftCatalog catalog = ranker.catalog(List.of(new ShiftOffer(entity, opportunity, shift)));
    List<Match> top = ranker.topShifts(sara, List.of(), catalog, clock.instant(), 10);
    if (!top.isEmpty()) {
      System.out.println(
          "best shift: " + top.get(0).offer().shift().id() + " " + top.get(0).score());
    }

    // 5. Hours: recorded, approved, then totalled per volunteer. Totals count approved hours only.
    Clock afterTheShift = Clock.fixed(start.plusSeconds(5 * 3600), clock.getZone());
    HourLedger ledger =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT,
            OpportunityDirectory.of(List.of(opportunity), List.of(entity)),
            afterTheShift);
    HourEntry entry =
        ledger.recordAttendance(
            HourSubmission.builder()
                .key(IdempotencyKey.of("gate-1"))
                .volunteer(sara.id())
                .opportunity(opportunity.number())
                .time(TimeRange.of(start, start.plusSeconds(4 * 3600)))
                .source(HourSource.ATTENDANCE)
                .compulsory(false)
                .submittedBy("gate")
                .build());
    ledger.approve(entry.id(), "coordinator");
    HourTotals totals = ledger.totals(sara.id()); // per volunteer; iloMinutes() lives here
    System.out.println("approved minutes: " + totals.approvedMinutes());
    System.out.println("ILO volunteer minutes: " + totals.iloMinutes());
  }
}
