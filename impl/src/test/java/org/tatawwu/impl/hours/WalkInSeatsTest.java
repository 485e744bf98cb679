package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tatawwu.impl.hours.HourLedgerTest.rejected;
import static org.tatawwu.impl.hours.HourVerificationTest.ALI;
import static org.tatawwu.impl.hours.HourVerificationTest.CATALOGUE;
import static org.tatawwu.impl.hours.HourVerificationTest.S1;
import static org.tatawwu.impl.hours.HourVerificationTest.SHELTER;
import static org.tatawwu.impl.hours.HourVerificationTest.WALK_IN;
import static org.tatawwu.impl.hours.HourVerificationTest.WALK_INS;
import static org.tatawwu.impl.hours.HourVerificationTest.WALK_IN_2;
import static org.tatawwu.impl.hours.HourVerificationTest.accreditedToMarch15;
import static org.tatawwu.impl.hours.HourVerificationTest.at;
import static org.tatawwu.impl.hours.HourVerificationTest.codes;
import static org.tatawwu.impl.hours.HourVerificationTest.shelter;
import static org.tatawwu.impl.hours.LedgerFixture.CLOCK;
import static org.tatawwu.impl.hours.LedgerFixture.OMAR;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.LedgerFixture.riyadh;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Walk-ins and the seats of enrolled volunteers, on shift S1 of 15 March 2025, 08:00–12:00 Riyadh,
 * with two seats, under the walk-in policy (enrollment sent to review, every other rule refusing).
 * The ledger's clock reads 20 March, after the shift: an approval reads the roster as it stands
 * then. Every expectation is counted by hand from the rule in docs/hours.md: a walk-in's approval
 * needs (volunteers holding a seat) + (walk-ins seated earlier on the sheet) + (volunteers enrolled
 * on the shift holding none yet) + 1 to be at most the seats; an enrolled volunteer's claim counts
 * only the seats of volunteers who are not walk-ins.
 */
class WalkInSeatsTest {
  static final String MARCH_1 = "2025-03-01T09:00";

  static Enrollment on(VolunteerId v, EnrollmentStatus status, String since) {
    return new Enrollment(v, SHELTER, S1, status, riyadh(since));
  }

  static Enrollment accepted(VolunteerId v) {
    return on(v, EnrollmentStatus.ACCEPTED, MARCH_1);
  }

  static OpportunityDirectory roster(Enrollment... enrollments) {
    return OpportunityDirectory.of(
        List.of(shelter(OpportunityStatus.PUBLISHED, "RELIEF", true)),
        List.of(accreditedToMarch15()),
        List.of(enrollments),
        CATALOGUE);
  }

  static HourEntry shift(HourLedger ledger, String key, VolunteerId v) {
    return ledger.submit(at(key, v, S1, "2025-03-15T08:00", "2025-03-15T12:00"));
  }

  static List<String> refusedShift(HourLedger ledger, String key, VolunteerId v) {
    return codes(rejected(() -> shift(ledger, key, v)));
  }

  static List<String> refusedApproval(HourLedger ledger, HourEntry e) {
    return codes(rejected(() -> ledger.approve(e.id(), "coordinator")));
  }

  /** The outside check's finding: a walk-in approved first must not take Sara's seat. */
  @Test
  void a_walk_in_approved_before_the_enrolled_volunteers_submit_leaves_their_seats() {
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, roster(accepted(SARA), accepted(OMAR)), CLOCK);
    HourEntry walkIn = shift(ledger, "w1", WALK_IN);
    assertThat(walkIn.review()).extracting(v -> v.code()).containsExactly("hours.notEnrolled");
    // 0 seated + 2 kept (Sara, Omar) + 1 = 3 > 2.
    RuleException kept = rejected(() -> ledger.approve(walkIn.id(), "coordinator"));
    assertThat(codes(kept)).containsExactly("hours.seatsFullOnApproval");
    assertThat(kept.problems(Locale.ENGLISH).get(0).message())
        .isEqualTo(
            "the entry "
                + walkIn.id().value()
                + " cannot be approved: shift S1 has 2 seats, all credited to other volunteers or"
                + " kept for the volunteers enrolled on it");
    assertThat(kept.problems(Locale.forLanguageTag("ar")).get(0).plainMessage())
        .isEqualTo(
            "لا يمكن اعتماد القيد "
                + walkIn.id().value()
                + ": للوردية S1 مقعدان، كلها محتسبة لمتطوعين آخرين أو محجوزة للمتطوعين المسجَّلين"
                + " فيها");
    // Both enrolled volunteers are credited; the walk-in stays pending, seated nowhere.
    assertThat(shift(ledger, "sara", SARA).review()).isEmpty();
    assertThat(shift(ledger, "omar", OMAR).review()).isEmpty();
    assertThat(refusedApproval(ledger, walkIn)).containsExactly("hours.seatsFullOnApproval");
    assertThat(ledger.entry(walkIn.id()).orElseThrow().status()).isEqualTo(HourStatus.SUBMITTED);
  }

  @Test
  void the_last_seat_not_kept_for_anyone_goes_to_the_first_walk_in_approved() {
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, roster(accepted(SARA)), CLOCK);
    HourEntry first = shift(ledger, "w1", WALK_IN);
    HourEntry second = shift(ledger, "w2", WALK_IN_2);
    // First: 0 seated + 1 kept (Sara) + 1 = 2, the last seat Sara's is not: approved.
    assertThat(ledger.approve(first.id(), "coordinator").status()).isEqualTo(HourStatus.APPROVED);
    // Second: 1 seated + 1 kept + 1 = 3 > 2.
    assertThat(refusedApproval(ledger, second)).containsExactly("hours.seatsFullOnApproval");
    // Sara's own attendance takes the seat kept for her: 0 enrolled seats taken < 2.
    HourEntry sara = shift(ledger, "sara", SARA);
    assertThat(sara.review()).isEmpty();
    // The shift is now full for anyone else: a walk-in's claim counts every seat (2 >= 2).
    assertThat(refusedShift(ledger, "ali", ALI)).containsExactly("hours.seatsFull");
    assertThat(refusedApproval(ledger, second)).containsExactly("hours.seatsFullOnApproval");
  }

  @Test
  void an_enrollment_withdrawn_before_the_approval_frees_its_seat() {
    // Omar withdrew the evening before the shift; Huda withdrew at 09:00, during it, after the
    // walk-ins' 08:00 check-in but before the approval on 20 March.
    VolunteerId huda = VolunteerId.of("V-huda");
    HourLedger ledger =
        Tatawwu.hourLedger(
            WALK_INS,
            roster(
                accepted(SARA),
                accepted(OMAR),
                on(OMAR, EnrollmentStatus.WITHDRAWN, "2025-03-14T20:00"),
                accepted(huda),
                on(huda, EnrollmentStatus.WITHDRAWN, "2025-03-15T09:00")),
            CLOCK);
    HourEntry first = shift(ledger, "w1", WALK_IN);
    HourEntry second = shift(ledger, "w2", WALK_IN_2);
    // 0 seated + 1 kept (Sara only) + 1 = 2: approved.
    assertThat(ledger.approve(first.id(), "coordinator").status()).isEqualTo(HourStatus.APPROVED);
    // 1 + 1 + 1 = 3 > 2.
    assertThat(refusedApproval(ledger, second)).containsExactly("hours.seatsFullOnApproval");
    // Omar, withdrawn before his check-in, is a walk-in himself: the shift counts every seat.
    assertThat(shift(ledger, "omar", OMAR).review())
        .extracting(v -> v.code())
        .containsExactly("hours.notEnrolled");
    // Huda's enrollment was accepted at her 08:00 check-in: her work is backed, and a walk-in's
    // seat is never counted against an enrolled volunteer (0 enrolled seats taken < 2).
    assertThat(shift(ledger, "huda", huda).review()).isEmpty();
    assertThat(shift(ledger, "sara", SARA).review()).isEmpty();
    // Huda, Sara and the approved walk-in: three volunteers credited on two seats, the roster
    // having changed after the approval; another walk-in now finds no seat (3 >= 2).
    assertThat(refusedShift(ledger, "ali", ALI)).containsExactly("hours.seatsFull");
  }

  @Test
  void a_roster_changed_after_the_approval_never_refuses_the_enrolled_volunteer(@TempDir Path dir)
      throws Exception {
    Path events = dir.resolve("hours.events");
    HourEntry first;
    HourEntry second;
    try (HourEventFile file = Tatawwu.hourEventFile(events)) {
      // Nobody is on the roster yet: the two walk-ins take both seats.
      HourLedger ledger = Tatawwu.hourLedger(WALK_INS, roster(), file, CLOCK);
      first = shift(ledger, "w1", WALK_IN);
      second = shift(ledger, "w2", WALK_IN_2);
      assertThat(ledger.approveAll(List.of(first.id(), second.id()), "coordinator"))
          .extracting(HourEntry::status)
          .containsExactly(HourStatus.APPROVED, HourStatus.APPROVED);
    }
    // The entity's roster, read at a restart, has Sara accepted: her attendance is credited even
    // though both seats went to walk-ins; Ali, not on it, is refused (2 >= 2).
    for (int restart = 0; restart < 2; restart++) {
      try (HourEventFile file = Tatawwu.hourEventFile(events)) {
        HourLedger ledger = Tatawwu.hourLedger(WALK_INS, roster(accepted(SARA)), file, CLOCK);
        assertThat(ledger.entry(first.id()).orElseThrow().status()).isEqualTo(HourStatus.APPROVED);
        assertThat(ledger.entry(second.id()).orElseThrow().status()).isEqualTo(HourStatus.APPROVED);
        if (restart == 0) {
          assertThat(shift(ledger, "sara", SARA).review()).isEmpty();
        } else {
          // Rebuilt from the file: Sara's seat and the walk-ins' are as the live ledger had them.
          assertThat(ledger.entries(SARA)).hasSize(1);
        }
        assertThat(refusedShift(ledger, "ali", ALI)).containsExactly("hours.seatsFull");
      }
    }
  }

  @Test
  void a_pending_walk_in_never_takes_an_enrolled_volunteers_last_seat_across_restarts(
      @TempDir Path dir) throws Exception {
    // Omar is marked a no-show at 13:00, after the shift: his 08:00 check-in was still backed.
    OpportunityDirectory directory =
        roster(
            accepted(SARA),
            accepted(OMAR),
            on(OMAR, EnrollmentStatus.NO_SHOW, "2025-03-15T13:00"),
            on(ALI, EnrollmentStatus.WITHDRAWN, MARCH_1));
    Path events = dir.resolve("hours.events");
    HourEntry walkIn;
    HourEntry omar;
    try (HourEventFile file = Tatawwu.hourEventFile(events)) {
      HourLedger ledger = Tatawwu.hourLedger(WALK_INS, directory, file, CLOCK);
      shift(ledger, "sara", SARA);
      // One of S1's two seats is free: the walk-in is checked against it, and takes none.
      walkIn = shift(ledger, "walk-in", WALK_IN);
      assertThat(walkIn.review()).extracting(v -> v.code()).containsExactly("hours.notEnrolled");
      omar = shift(ledger, "omar", OMAR);
      assertThat(omar.review()).as("the enrolled volunteer takes the last seat").isEmpty();
      // 2 seated + 0 kept + 1 = 3 > 2.
      assertThat(refusedApproval(ledger, walkIn)).containsExactly("hours.seatsFullOnApproval");
    }
    try (HourEventFile file = Tatawwu.hourEventFile(events)) {
      HourLedger restarted = Tatawwu.hourLedger(WALK_INS, directory, file, CLOCK);
      assertThat(refusedApproval(restarted, walkIn))
          .as("the seats rebuilt from the store: the pending walk-in still holds none")
          .containsExactly("hours.seatsFullOnApproval");
      // Ali withdrew: a walk-in, refused for the full shift (2 >= 2).
      assertThat(refusedShift(restarted, "ali", ALI)).containsExactly("hours.seatsFull");
      // Omar's entry rejected, and the roster says he did not come: 1 seated + 0 kept + 1 = 2.
      restarted.reject(omar.id(), "lead", "did not come");
      assertThat(restarted.approve(walkIn.id(), "coordinator").status())
          .isEqualTo(HourStatus.APPROVED);
    }
    try (HourEventFile file = Tatawwu.hourEventFile(events)) {
      HourLedger again = Tatawwu.hourLedger(WALK_INS, directory, file, CLOCK);
      assertThat(refusedShift(again, "ali-2", ALI))
          .as("the approved walk-in's seat is rebuilt from the store")
          .containsExactly("hours.seatsFull");
    }
  }

  @Test
  void an_approved_walk_in_holds_its_seat_and_a_sheet_seats_walk_ins_only_while_seats_are_free() {
    // Sara, accepted, is marked a no-show at 13:00, after the shift.
    HourLedger ledger =
        Tatawwu.hourLedger(
            WALK_INS,
            roster(accepted(SARA), on(SARA, EnrollmentStatus.NO_SHOW, "2025-03-15T13:00")),
            CLOCK);
    HourEntry first = shift(ledger, "w1", WALK_IN);
    HourEntry second = shift(ledger, "w2", WALK_IN_2);
    HourEntry sara = shift(ledger, "sara", SARA);
    // One seat left, two walk-ins on one sheet (1 + 1 + 0 + ... the second makes 3 > 2): the sheet
    // is refused whole, naming the second.
    RuleException sheet =
        rejected(() -> ledger.approveAll(List.of(first.id(), second.id()), "coordinator"));
    assertThat(sheet.violations())
        .extracting(v -> v.code(), v -> v.arguments().get("entry"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("hours.seatsFullOnApproval", second.id().value()));
    assertThat(ledger.entry(first.id()).orElseThrow().status()).isEqualTo(HourStatus.SUBMITTED);
    // Approved before the shift fills, a walk-in holds its seat like an enrolled volunteer.
    assertThat(ledger.approve(first.id(), "coordinator").status()).isEqualTo(HourStatus.APPROVED);
    assertThat(refusedApproval(ledger, second)).containsExactly("hours.seatsFullOnApproval");
    assertThat(refusedShift(ledger, "omar", OMAR)).containsExactly("hours.seatsFull");
    // A walk-in's second entry on a shift where its approved one holds a seat takes no other.
    HourEntry again =
        ledger.submit(at("w1-b", WALK_IN, S1, "2025-03-15T12:00", "2025-03-15T12:30"));
    assertThat(ledger.approve(again.id(), "coordinator").status()).isEqualTo(HourStatus.APPROVED);
    // Sara's entry rejected, and she is a no-show by the approval: 1 + 0 + 1 = 2.
    ledger.reject(sara.id(), "lead", "did not come");
    assertThat(ledger.approve(second.id(), "coordinator").status()).isEqualTo(HourStatus.APPROVED);
  }

  @Test
  void an_enrolled_volunteers_entry_rejected_keeps_the_seat_while_the_roster_still_accepts_them() {
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, roster(accepted(SARA), accepted(OMAR)), CLOCK);
    HourEntry sara = shift(ledger, "sara", SARA);
    HourEntry walkIn = shift(ledger, "w1", WALK_IN);
    ledger.reject(sara.id(), "lead", "wrong times");
    // 0 seated + 2 kept (Sara may send her corrected times, Omar has not come) + 1 = 3 > 2.
    assertThat(refusedApproval(ledger, walkIn)).containsExactly("hours.seatsFullOnApproval");
    assertThat(
            ledger.submit(at("sara-2", SARA, S1, "2025-03-15T08:30", "2025-03-15T12:00")).review())
        .isEmpty();
    // 1 seated + 1 kept (Omar) + 1 = 3 > 2.
    assertThat(refusedApproval(ledger, walkIn)).containsExactly("hours.seatsFullOnApproval");
  }

  @Test
  void a_directory_refuses_histories_whose_order_would_decide_or_whose_moves_are_illegal() {
    Instant same = riyadh("2025-03-10T10:00");
    assertThatThrownBy(
            () ->
                roster(
                    accepted(SARA),
                    new Enrollment(SARA, SHELTER, S1, EnrollmentStatus.WITHDRAWN, same),
                    new Enrollment(SARA, SHELTER, S1, EnrollmentStatus.ATTENDED, same),
                    on(OMAR, EnrollmentStatus.WITHDRAWN, MARCH_1),
                    on(OMAR, EnrollmentStatus.ACCEPTED, "2025-03-05T09:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "2 directory problem(s): enrollment.illegalMove: WITHDRAWN cannot move to"
                + " ACCEPTED (opportunity 20250000011, shift S1, enrollments at positions 3 and"
                + " 4); enrollment.sameInstant: ATTENDED, WITHDRAWN all since"
                + " 2025-03-10T07:00:00Z (opportunity 20250000011, shift S1, enrollments at"
                + " positions 1, 2)")
        .message()
        .doesNotContain(SARA.value(), OMAR.value());
    assertThatThrownBy(
            () -> roster(accepted(SARA), on(SARA, EnrollmentStatus.ACCEPTED, "2025-03-02T09:00")))
        .as("accepted twice: accepted cannot move to accepted")
        .hasMessageContaining("enrollment.illegalMove: ACCEPTED cannot move to ACCEPTED");
    // The same states on different shifts, or of different volunteers, at one instant are fine.
    ShiftId s2 = HourVerificationTest.S2;
    OpportunityDirectory fine =
        roster(
            new Enrollment(SARA, SHELTER, S1, EnrollmentStatus.ACCEPTED, same),
            new Enrollment(SARA, SHELTER, s2, EnrollmentStatus.ACCEPTED, same),
            new Enrollment(OMAR, SHELTER, S1, EnrollmentStatus.ACCEPTED, same));
    assertThat(fine.enrolledOn(SHELTER, S1, same)).containsExactlyInAnyOrder(SARA, OMAR);
    assertThat(fine.enrolledOn(SHELTER, S1, same.minusSeconds(1))).isEmpty();
  }

  @Test
  void a_legal_history_answers_the_same_in_any_order_given() {
    Enrollment applied = on(SARA, EnrollmentStatus.APPLIED, MARCH_1);
    Enrollment waitlisted = on(SARA, EnrollmentStatus.WAITLISTED, "2025-03-02T09:00");
    Enrollment accepted = on(SARA, EnrollmentStatus.ACCEPTED, "2025-03-15T08:30");
    Enrollment attended = on(SARA, EnrollmentStatus.ATTENDED, "2025-03-15T12:30");
    List<List<Enrollment>> orders =
        List.of(
            List.of(applied, waitlisted, accepted, attended),
            List.of(attended, accepted, waitlisted, applied),
            List.of(accepted, applied, attended, waitlisted));
    for (List<Enrollment> order : orders) {
      OpportunityDirectory d = roster(order.toArray(Enrollment[]::new));
      assertThat(d.enrollment(SHELTER, S1, SARA, riyadh("2025-03-15T08:29")))
          .contains(EnrollmentStatus.WAITLISTED);
      assertThat(d.enrollment(SHELTER, S1, SARA, riyadh("2025-03-15T08:30")))
          .contains(EnrollmentStatus.ACCEPTED);
      assertThat(d.enrolledOn(SHELTER, S1, riyadh("2025-03-15T08:29"))).isEmpty();
      assertThat(d.enrolledOn(SHELTER, S1, riyadh("2025-03-15T08:30"))).containsExactly(SARA);
      assertThat(d.enrolledOn(SHELTER, S1, riyadh("2025-03-20T08:30"))).containsExactly(SARA);
      assertThat(
              d.withCheckInKeys(java.util.Map.of())
                  .enrolledOn(SHELTER, S1, riyadh("2025-03-15T08:30")))
          .as("a directory with check-in keys answers as the one it was made from")
          .containsExactly(SARA);
    }
  }

  /**
   * A directory of the adopter's own that holds enrollments but does not say who is enrolled on a
   * shift would let a walk-in take a seat kept for an enrolled volunteer: the approval fails loudly
   * instead, and nothing is recorded.
   */
  @Test
  void a_directory_holding_enrollments_without_the_enrolled_list_fails_the_approval_loudly() {
    OpportunityDirectory full = roster(accepted(SARA), accepted(OMAR));
    OpportunityDirectory withoutList =
        new OpportunityDirectory() {
          @Override
          public java.util.Optional<org.tatawwu.opportunity.Opportunity> opportunity(
              org.tatawwu.opportunity.OpportunityNumber number) {
            return full.opportunity(number);
          }

          @Override
          public java.util.Optional<org.tatawwu.organization.ParticipatingEntity> entity(
              org.tatawwu.organization.EntityId id) {
            return full.entity(id);
          }

          @Override
          public boolean holdsEnrollments() {
            return true;
          }

          @Override
          public java.util.Optional<EnrollmentStatus> enrollment(
              org.tatawwu.opportunity.OpportunityNumber opportunity,
              ShiftId shift,
              VolunteerId volunteer,
              Instant at) {
            return full.enrollment(opportunity, shift, volunteer, at);
          }

          @Override
          public java.util.Optional<org.tatawwu.field.FieldCatalogue> fieldCatalogue() {
            return full.fieldCatalogue();
          }
        };
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, withoutList, store, CLOCK);
    HourEntry walkIn = shift(ledger, "w1", WALK_IN);
    long events = store.size();
    assertThatThrownBy(() -> ledger.approve(walkIn.id(), "coordinator"))
        .isExactlyInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("enrolledOn");
    assertThatThrownBy(() -> ledger.approveAll(List.of(walkIn.id()), "coordinator"))
        .isExactlyInstanceOf(UnsupportedOperationException.class);
    assertThat(store.size()).isEqualTo(events);
    assertThat(ledger.entry(walkIn.id()).orElseThrow().status()).isEqualTo(HourStatus.SUBMITTED);
  }

  /** An event handed to a store prints neither its note nor its actor. */
  @Test
  void an_events_description_keeps_the_note_and_the_actor_out() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, roster(accepted(SARA)), store, CLOCK);
    HourEntry sara = shift(ledger, "sara", SARA);
    String note = "Sara Al-Otaibi 1000000008 0501234567";
    ledger.reject(sara.id(), "coordinator-noura", note);
    List<org.tatawwu.hours.HourEvent> events = new java.util.ArrayList<>();
    store.replay(events::add);
    assertThat(events).hasSize(2);
    org.tatawwu.hours.HourEvent rejection = events.get(1);
    assertThat(rejection.note()).contains(note);
    assertThat(rejection.toString())
        .startsWith("HourEvent[sequence=2, at=")
        .contains("type=REJECTED", "note=[redacted]", sara.id().value())
        .doesNotContain("Sara Al-Otaibi", "1000000008", "0501234567", "coordinator-noura");
  }
}
