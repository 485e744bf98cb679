package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tatawwu.impl.hours.HourLedgerTest.rejected;
import static org.tatawwu.impl.hours.LedgerFixture.CLOCK;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.riyadh;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.Field;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
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
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The checks of what backs an entry, at their boundaries. The shelter opportunity's entity is
 * accredited up to and including 15 March 2025; shift S1 runs on 15 March from 08:00 to 12:00
 * (Riyadh) with 2 seats, S2 on 16 March with 1 seat; the policy tolerates 15 minutes early and 30
 * minutes late.
 */
class HourVerificationTest {
  static final OpportunityNumber SHELTER = OpportunityNumber.parse("20250000011");
  static final VolunteerId ALI = VolunteerId.of("V-ali");
  static final VolunteerId HUDA = VolunteerId.of("V-huda");
  static final ShiftId S1 = ShiftId.of("S1");
  static final ShiftId S2 = ShiftId.of("S2");

  static Opportunity shelter(OpportunityStatus status, String field, boolean withPoint) {
    return Opportunity.builder()
        .number(SHELTER)
        .title(BilingualText.of("إيواء", "Shelter"))
        .description(BilingualText.of("وصف", "Description"))
        .entity(EntityId.of("E9"))
        .field(FieldCode.of(field))
        .location(
            Location.onSite(
                City.of("الرياض", "Riyadh", Region.RIYADH),
                withPoint ? GeoPoint.of(24.7136, 46.6753) : null))
        .period(DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
        .addShift(
            new Shift(S1, TimeRange.of(riyadh("2025-03-15T08:00"), riyadh("2025-03-15T12:00")), 2))
        .addShift(
            new Shift(S2, TimeRange.of(riyadh("2025-03-16T08:00"), riyadh("2025-03-16T12:00")), 1))
        .status(status)
        .build();
  }

  static ParticipatingEntity accreditedToMarch15() {
    return ParticipatingEntity.builder()
        .id(EntityId.of("E9"))
        .name(BilingualText.of("جمعية", "Association"))
        .type(EntityType.NON_PROFIT_ASSOCIATION)
        .licenceNumber("L-E9")
        .supervisingEntity(EntityId.of("SUP-9"))
        .region(Region.RIYADH)
        .accreditation(
            new Accreditation(
                "A-9", DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 15))))
        .build();
  }

  static final FieldCatalogue CATALOGUE =
      FieldCatalogue.of(
          List.of(
              new Field(FieldCode.of("RELIEF"), BilingualText.of("إغاثة", "Relief"), List.of())));

  static List<Enrollment> enrollments() {
    java.time.Instant since = riyadh("2025-03-01T09:00");
    List<Enrollment> all = new ArrayList<>();
    for (VolunteerId v : List.of(SARA, OMAR, ALI)) {
      all.add(new Enrollment(v, SHELTER, S1, EnrollmentStatus.ACCEPTED, since));
    }
    all.add(new Enrollment(SARA, SHELTER, S2, EnrollmentStatus.ATTENDED, since));
    all.add(new Enrollment(OMAR, SHELTER, S2, EnrollmentStatus.WITHDRAWN, since));
    all.add(new Enrollment(HUDA, SHELTER, S2, EnrollmentStatus.WAITLISTED, since));
    return all;
  }

  static OpportunityDirectory directory(Opportunity o) {
    return OpportunityDirectory.of(
        List.of(o), List.of(accreditedToMarch15()), enrollments(), CATALOGUE);
  }

  static HourLedger ledger(HourPolicy policy, OpportunityDirectory directory) {
    return Tatawwu.hourLedger(policy, directory, CLOCK);
  }

  static HourLedger verified() {
    return ledger(
        HourPolicy.verified(), directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)));
  }

  static HourSubmission at(String key, VolunteerId v, ShiftId shift, String from, String to) {
    return work(key, v, from, to).withShift(shift);
  }

  /** Attendance the entity took (its own record: the evidence rule's strongest grade). */
  static HourSubmission work(String key, VolunteerId v, String from, String to) {
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(v)
        .opportunity(SHELTER)
        .time(TimeRange.of(riyadh(from), riyadh(to)))
        .source(HourSource.ATTENDANCE)
        .submittedBy("sys")
        .build();
  }

  static List<String> codes(RuleException e) {
    return e.violations().stream().map(v -> v.code()).toList();
  }

  @Test
  void the_shift_window_holds_to_the_minute_with_its_tolerances() {
    HourLedger ledger = verified();
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(at("a", SARA, S1, "2025-03-15T07:44", "2025-03-15T12:00")))))
        .as("a minute before the early tolerance")
        .containsExactly("hours.outsideShift");
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(at("b", SARA, S1, "2025-03-15T08:00", "2025-03-15T12:31")))))
        .as("a minute after the late tolerance")
        .containsExactly("hours.outsideShift");
    HourEntry edge = ledger.submit(at("c", SARA, S1, "2025-03-15T07:45", "2025-03-15T12:30"));
    assertThat(edge.creditedMinutes()).isEqualTo(285);
    assertThat(edge.shift()).contains(S1);
    assertThat(edge.review()).isEmpty();
    RuleException outside =
        rejected(() -> ledger.submit(at("d", OMAR, S1, "2025-03-15T12:31", "2025-03-15T13:00")));
    assertThat(outside.problems(Locale.ENGLISH).get(0).message())
        .contains("S1")
        .contains("15 minutes early")
        .contains("30 minutes late");
    assertThat(outside.problems(Locale.forLanguageTag("ar")).get(0).message())
        .contains("خارج وقت الوردية");
  }

  @Test
  void the_last_seat_is_credited_and_the_next_volunteer_refused_until_a_seat_frees() {
    HourLedger ledger = verified();
    ledger.submit(at("sara", SARA, S1, "2025-03-15T08:00", "2025-03-15T10:00"));
    HourEntry omar = ledger.submit(at("omar", OMAR, S1, "2025-03-15T08:00", "2025-03-15T12:00"));
    RuleException full =
        rejected(() -> ledger.submit(at("ali", ALI, S1, "2025-03-15T08:00", "2025-03-15T12:00")));
    assertThat(codes(full)).containsExactly("hours.seatsFull");
    assertThat(full.problems(Locale.ENGLISH).get(0).message()).contains("2 seats");
    // A second entry of a volunteer who holds a seat takes no other seat.
    assertThat(
            ledger.submit(at("sara-2", SARA, S1, "2025-03-15T10:00", "2025-03-15T12:00")).status())
        .isEqualTo(HourStatus.SUBMITTED);
    ledger.reject(omar.id(), "lead", "did not come");
    assertThat(ledger.submit(at("ali-2", ALI, S1, "2025-03-15T08:00", "2025-03-15T12:00")).status())
        .as("the rejected entry's seat is free again")
        .isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void overbooking_allowed_credits_beyond_the_seats() {
    HourLedger ledger =
        ledger(
            HourPolicy.DEFAULT.withVerification(HourVerification.STANDARD.withOverbooking(true)),
            directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)));
    for (VolunteerId v : List.of(SARA, OMAR, ALI)) {
      ledger.submit(at(v.value(), v, S1, "2025-03-15T08:00", "2025-03-15T12:00"));
    }
    assertThat(ledger.size()).isEqualTo(3);
  }

  @Test
  void a_roster_beyond_the_seats_is_refused_naming_the_line() {
    HourLedger ledger = verified();
    RuleException e =
        rejected(
            () ->
                ledger.importRoster(
                    List.of(
                        at("r1", SARA, S1, "2025-03-15T08:00", "2025-03-15T10:00"),
                        at("r2", SARA, S1, "2025-03-15T10:00", "2025-03-15T12:00"),
                        at("r3", OMAR, S1, "2025-03-15T08:00", "2025-03-15T12:00"),
                        at("r4", ALI, S1, "2025-03-15T08:00", "2025-03-15T12:00"))));
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("line 4", "hours.seatsFull"));
    assertThat(ledger.size()).isZero();
  }

  @Test
  void only_an_accepted_or_attended_enrollment_backs_hours() {
    HourLedger ledger = verified();
    // S2 is on 16 March, after the accreditation: use a policy without that rule here.
    HourLedger noAccreditation =
        ledger(
            HourPolicy.DEFAULT.withVerification(
                HourVerification.STANDARD.with(HourRule.ACCREDITATION, CheckMode.OFF)),
            directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)));
    assertThat(
            noAccreditation
                .submit(at("sara", SARA, S2, "2025-03-16T08:00", "2025-03-16T12:00"))
                .status())
        .isEqualTo(HourStatus.SUBMITTED);
    for (VolunteerId v : List.of(OMAR, HUDA, VolunteerId.of("V-made-up"))) {
      assertThat(
              codes(
                  rejected(
                      () ->
                          noAccreditation.submit(
                              at(v.value(), v, S2, "2025-03-16T08:00", "2025-03-16T12:00")))))
          .as(v.value())
          .containsExactly("hours.notEnrolled", "hours.seatsFull");
    }
    assertThat(
            codes(
                rejected(
                    () ->
                        ledger.submit(
                            at(
                                "ghost",
                                SARA,
                                ShiftId.of("S9"),
                                "2025-03-15T08:00",
                                "2025-03-15T12:00")))))
        .containsExactly("hours.unknownShift", "hours.notEnrolled");
  }

  @Test
  void a_claim_without_a_shift_names_every_check_it_cannot_pass_in_both_languages() {
    HourLedger ledger = verified();
    RuleException e =
        rejected(() -> ledger.submit(work("w", SARA, "2025-03-15T08:00", "2025-03-15T12:00")));
    assertThat(codes(e))
        .containsExactly(
            "hours.shiftWindowUnverifiable",
            "hours.enrollmentUnverifiable",
            "hours.seatsUnverifiable");
    assertThat(e.problems(Locale.ENGLISH)).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    assertThat(e.problems(Locale.forLanguageTag("ar")))
        .extracting(Problem::message)
        .allSatisfy(m -> assertThat(m).contains("لا يمكن التحقق"));
  }

  @Test
  void hours_count_up_to_the_last_day_of_the_accreditation_and_not_the_day_after() {
    HourLedger ledger = verified();
    assertThat(ledger.submit(at("15th", SARA, S1, "2025-03-15T08:00", "2025-03-15T12:00")).day())
        .isEqualTo(LocalDate.of(2025, 3, 15));
    RuleException after =
        rejected(() -> ledger.submit(at("16th", SARA, S2, "2025-03-16T08:00", "2025-03-16T12:00")));
    assertThat(after.violations())
        .extracting(v -> v.code() + " " + v.arguments().get("day"))
        .containsExactly("hours.entityNotAccredited 2025-03-16");
    // Work that starts on the last day and ends on the next touches an unaccredited day.
    HourLedger windowOff =
        ledger(
            HourPolicy.DEFAULT.withVerification(
                HourVerification.STANDARD.with(HourRule.SHIFT_WINDOW, CheckMode.OFF)),
            directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)));
    assertThat(
            codes(
                rejected(
                    () ->
                        windowOff.submit(
                            at("night", OMAR, S1, "2025-03-15T22:00", "2025-03-16T01:00")))))
        .containsExactly("hours.entityNotAccredited");
  }

  @Test
  void a_draft_closed_or_cancelled_opportunity_credits_nothing() {
    for (OpportunityStatus status :
        List.of(OpportunityStatus.DRAFT, OpportunityStatus.CLOSED, OpportunityStatus.CANCELLED)) {
      HourLedger ledger = ledger(HourPolicy.verified(), directory(shelter(status, "RELIEF", true)));
      RuleException e =
          rejected(() -> ledger.submit(at("x", SARA, S1, "2025-03-15T08:00", "2025-03-15T12:00")));
      assertThat(e.violations())
          .extracting(v -> v.code() + " " + v.arguments().get("status"))
          .containsExactly("hours.opportunityNotOpen " + status.name());
    }
    HourLedger completed =
        ledger(
            HourPolicy.verified(), directory(shelter(OpportunityStatus.COMPLETED, "RELIEF", true)));
    assertThat(completed.submit(at("x", SARA, S1, "2025-03-15T08:00", "2025-03-15T12:00")).status())
        .isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void the_field_must_be_catalogued_and_the_place_known() {
    HourLedger unknownField =
        ledger(
            HourPolicy.verified(), directory(shelter(OpportunityStatus.PUBLISHED, "NOPE", false)));
    RuleException e =
        rejected(
            () -> unknownField.submit(at("x", SARA, S1, "2025-03-15T08:00", "2025-03-15T12:00")));
    assertThat(codes(e)).containsExactly("hours.unknownField", "hours.placeUnknown");
    assertThat(e.problems(Locale.ENGLISH).get(0).message()).contains("NOPE");

    // A directory without a catalogue or rosters cannot back anything: it says so.
    HourLedger bare =
        ledger(
            HourPolicy.verified(),
            OpportunityDirectory.of(
                List.of(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)),
                List.of(accreditedToMarch15())));
    assertThat(
            codes(
                rejected(
                    () -> bare.submit(at("y", SARA, S1, "2025-03-15T08:00", "2025-03-15T12:00")))))
        .containsExactly("hours.fieldUnverifiable", "hours.enrollmentUnverifiable");
  }

  @Test
  void unbacked_claims_go_to_review_with_their_reasons_and_keep_them_across_restarts(
      @TempDir Path dir) throws Exception {
    HourPolicy review =
        HourPolicy.DEFAULT.withVerification(
            HourVerification.STANDARD
                .with(HourRule.ENROLLMENT, CheckMode.REVIEW)
                .with(HourRule.SEATS, CheckMode.REVIEW));
    OpportunityDirectory directory =
        directory(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true));
    HourEntry flagged;
    try (HourEventFile file = Tatawwu.hourEventFile(dir.resolve("hours.events"))) {
      HourLedger ledger = Tatawwu.hourLedger(review, directory, file, CLOCK);
      HourEntry backed = ledger.submit(at("b", SARA, S1, "2025-03-15T08:00", "2025-03-15T12:00"));
      assertThat(backed.review()).isEmpty();
      flagged =
          ledger.submit(
              at("f", VolunteerId.of("V-walk-in"), S1, "2025-03-15T08:00", "2025-03-15T12:00"));
      assertThat(flagged.status()).isEqualTo(HourStatus.SUBMITTED);
      assertThat(flagged.review()).extracting(v -> v.code()).containsExactly("hours.notEnrolled");
      assertThat(ledger.explain(flagged, Locale.ENGLISH))
          .extracting(Problem::message)
          .containsExactly("the volunteer holds no accepted enrollment on shift S1");
      assertThat(ledger.explain(flagged, Locale.forLanguageTag("ar")))
          .extracting(Problem::plainMessage)
          .containsExactly("ليس للمتطوع تسجيل مقبول في الوردية S1");
      // The pending walk-in holds no seat: an enrolled volunteer takes the second.
      HourEntry third = ledger.submit(at("t", OMAR, S1, "2025-03-15T08:00", "2025-03-15T12:00"));
      assertThat(third.review()).isEmpty();
      // Refusing rules still refuse, naming only what refuses.
      assertThat(
              codes(
                  rejected(
                      () ->
                          ledger.submit(
                              at("late", ALI, S1, "2025-03-15T13:00", "2025-03-15T14:00")))))
          .containsExactly("hours.outsideShift");
      // With the seats rule in review, the coordinator's approval seats the walk-in beyond them.
      ledger.approve(flagged.id(), "coordinator");
    }
    try (HourEventFile file = Tatawwu.hourEventFile(dir.resolve("hours.events"))) {
      HourLedger restarted = Tatawwu.hourLedger(review, directory, file, CLOCK);
      HourEntry again = restarted.entry(flagged.id()).orElseThrow();
      assertThat(again.review()).isEqualTo(flagged.review());
      assertThat(again.shift()).contains(S1);
      assertThat(again.status()).isEqualTo(HourStatus.APPROVED);
      assertThat(
              restarted.submit(at("n", ALI, S1, "2025-03-15T08:00", "2025-03-15T12:00")).review())
          .as("the seats taken are rebuilt from the store")
          .extracting(v -> v.code())
          .containsExactly("hours.seatsFull");
    }
  }

  /** The walk-in set-up of the docs: enrollment sent to review, every other rule refusing. */
  static final HourPolicy WALK_INS =
      HourPolicy.DEFAULT.withVerification(
          HourVerification.STANDARD.with(HourRule.ENROLLMENT, CheckMode.REVIEW));

  static final VolunteerId WALK_IN = VolunteerId.of("V-walk-in");
  static final VolunteerId WALK_IN_2 = VolunteerId.of("V-walk-in-2");

  /** Ali's enrollment on S1 (15 March, 08:00–12:00) with the given states, and nothing else. */
  static HourLedger enrolled(Enrollment... states) {
    return ledger(
        HourPolicy.verified(),
        OpportunityDirectory.of(
            List.of(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)),
            List.of(accreditedToMarch15()),
            List.of(states),
            CATALOGUE));
  }

  static Enrollment ali(EnrollmentStatus status, String since) {
    return new Enrollment(ALI, SHELTER, S1, status, riyadh(since));
  }

  static List<String> checkInAt(HourLedger ledger, String from) {
    try {
      ledger.submit(at("ali", ALI, S1, from, "2025-03-15T12:00"));
      return List.of();
    } catch (RuleException e) {
      return codes(e);
    }
  }

  @Test
  void an_enrollment_backs_the_work_only_as_it_stood_at_the_check_in() {
    EnrollmentStatus applied = EnrollmentStatus.APPLIED;
    EnrollmentStatus accepted = EnrollmentStatus.ACCEPTED;
    assertThat(
            checkInAt(
                enrolled(ali(applied, "2025-03-01T09:00"), ali(accepted, "2025-03-15T07:59")),
                "2025-03-15T08:00"))
        .as("accepted a minute before the check-in")
        .isEmpty();
    assertThat(
            checkInAt(
                enrolled(ali(applied, "2025-03-01T09:00"), ali(accepted, "2025-03-15T08:01")),
                "2025-03-15T08:00"))
        .as("accepted a minute after the check-in")
        .containsExactly("hours.notEnrolled");
    assertThat(checkInAt(enrolled(ali(accepted, "2025-03-15T08:00")), "2025-03-15T08:00"))
        .as("accepted at the check-in")
        .isEmpty();
    assertThat(
            checkInAt(
                enrolled(
                    ali(accepted, "2025-03-01T09:00"),
                    ali(EnrollmentStatus.WITHDRAWN, "2025-03-14T20:00")),
                "2025-03-15T08:00"))
        .as("withdrawn the evening before the shift")
        .containsExactly("hours.notEnrolled");
    assertThat(
            checkInAt(
                enrolled(
                    ali(EnrollmentStatus.WITHDRAWN, "2025-03-15T08:00"),
                    ali(accepted, "2025-03-01T09:00")),
                "2025-03-15T08:00"))
        .as("withdrawn at the check-in (given first: a history is ordered by its since)")
        .containsExactly("hours.notEnrolled");
    assertThat(
            checkInAt(
                enrolled(
                    ali(accepted, "2025-03-01T09:00"),
                    ali(EnrollmentStatus.WITHDRAWN, "2025-03-15T10:00")),
                "2025-03-15T08:00"))
        .as("withdrawn after the check-in: it was accepted when the work started")
        .isEmpty();
    assertThat(
            checkInAt(
                enrolled(
                    ali(accepted, "2025-03-01T09:00"),
                    ali(EnrollmentStatus.ATTENDED, "2025-03-15T12:05")),
                "2025-03-15T08:00"))
        .as("accepted, then marked attended after the shift")
        .isEmpty();
    assertThat(
            checkInAt(
                enrolled(ali(EnrollmentStatus.ATTENDED, "2025-03-15T12:05")), "2025-03-15T08:00"))
        .as("only the attended state, since after the work: nothing says it was accepted then")
        .containsExactly("hours.notEnrolled");
  }

  @Test
  void the_default_policy_checks_nothing_of_the_backing_and_says_so_in_its_verification() {
    assertThat(HourPolicy.DEFAULT.verification()).isEqualTo(HourVerification.NONE);
    assertThat(HourVerification.NONE.checksAny()).isFalse();
    HourLedger trusting =
        ledger(HourPolicy.DEFAULT, directory(shelter(OpportunityStatus.CANCELLED, "NOPE", false)));
    assertThat(trusting.submit(work("w", SARA, "2025-03-16T08:00", "2025-03-16T12:00")).review())
        .isEmpty();
    assertThat(HourVerification.STANDARD.earlyCheckIn()).isEqualTo(Duration.ofMinutes(15));
    assertThat(HourVerification.STANDARD.lateCheckOut()).isEqualTo(Duration.ofMinutes(30));
    for (HourRule rule : HourRule.values()) {
      assertThat(HourVerification.STANDARD.mode(rule)).isEqualTo(CheckMode.REFUSE);
    }
  }
}
