package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tatawwu.impl.hours.HourLedgerTest.rejected;
import static org.tatawwu.impl.hours.HourVerificationTest.S1;
import static org.tatawwu.impl.hours.HourVerificationTest.WALK_INS;
import static org.tatawwu.impl.hours.HourVerificationTest.codes;
import static org.tatawwu.impl.hours.LedgerFixture.CLOCK;
import static org.tatawwu.impl.hours.LedgerFixture.SARA;
import static org.tatawwu.impl.hours.WalkInSeatsTest.accepted;
import static org.tatawwu.impl.hours.WalkInSeatsTest.roster;
import static org.tatawwu.impl.hours.WalkInSeatsTest.shift;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.volunteer.VolunteerId;

/**
 * An approval sheet of walk-ins reads each shift's roster from the directory once, however many
 * walk-ins it holds: a directory that counts its {@code enrolledOn} calls by shift. Shift S1 has
 * two seats; Sara is enrolled on it; the walk-ins checked in before the approval, so one instant
 * (the approval's) serves them all. The seat arithmetic is counted by hand as in {@link
 * WalkInSeatsTest}.
 */
class WalkInSheetReadsTest {

  /** Answers as the directory it wraps, counting the calls of {@link #enrolledOn} by shift. */
  static final class CountingDirectory implements OpportunityDirectory {
    final OpportunityDirectory base;
    final Map<ShiftId, Integer> enrolledOnCalls = new HashMap<>();

    CountingDirectory(OpportunityDirectory base) {
      this.base = base;
    }

    @Override
    public Optional<Opportunity> opportunity(OpportunityNumber number) {
      return base.opportunity(number);
    }

    @Override
    public Optional<ParticipatingEntity> entity(EntityId id) {
      return base.entity(id);
    }

    @Override
    public boolean holdsEnrollments() {
      return base.holdsEnrollments();
    }

    @Override
    public Optional<EnrollmentStatus> enrollment(
        OpportunityNumber opportunity, ShiftId shift, VolunteerId volunteer, Instant at) {
      return base.enrollment(opportunity, shift, volunteer, at);
    }

    @Override
    public Set<VolunteerId> enrolledOn(OpportunityNumber opportunity, ShiftId shift, Instant at) {
      enrolledOnCalls.merge(shift, 1, Integer::sum);
      return base.enrolledOn(opportunity, shift, at);
    }

    @Override
    public Optional<FieldCatalogue> fieldCatalogue() {
      return base.fieldCatalogue();
    }

    @Override
    public Optional<PublicKey> checkInKey(EntityId entity) {
      return base.checkInKey(entity);
    }
  }

  /** Walk-ins {@code V-w0} ... on S1, submitted; their ids in order. */
  static List<HourEntryId> walkIns(HourLedger ledger, int count) {
    List<HourEntryId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(shift(ledger, "w" + i, VolunteerId.of("V-w" + i)).id());
    }
    return ids;
  }

  @Test
  void a_sheet_of_many_walk_ins_on_one_shift_reads_its_roster_once() {
    CountingDirectory directory = new CountingDirectory(roster(accepted(SARA)));
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, directory, CLOCK);
    List<HourEntryId> sheet = walkIns(ledger, 8);
    // First: 0 seated + 1 on the sheet + 1 kept (Sara) = 2 <= 2; each later one needs 3 or more.
    List<String> refused = codes(rejected(() -> ledger.approveAll(sheet, "coordinator")));
    assertThat(refused).hasSize(7).containsOnly("hours.seatsFullOnApproval");
    assertThat(directory.enrolledOnCalls).isEqualTo(Map.of(S1, 1));
    for (HourEntryId id : sheet) {
      assertThat(ledger.entry(id).orElseThrow().status()).isEqualTo(HourStatus.SUBMITTED);
    }
  }

  @Test
  void each_sheet_reads_the_roster_again_and_a_seat_taken_between_counts() {
    CountingDirectory directory = new CountingDirectory(roster(accepted(SARA)));
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, directory, CLOCK);
    List<HourEntryId> sheet = walkIns(ledger, 2);
    // The first walk-in alone: 0 + 1 + 1 kept = 2 <= 2.
    assertThat(ledger.approveAll(sheet.subList(0, 1), "coordinator"))
        .extracting(e -> e.status())
        .containsExactly(HourStatus.APPROVED);
    assertThat(directory.enrolledOnCalls).isEqualTo(Map.of(S1, 1));
    // Sara's own claim takes the seat kept for her: the second walk-in finds 2 seated + 1 = 3 > 2.
    assertThat(shift(ledger, "sara", SARA).review()).isEmpty();
    assertThat(codes(rejected(() -> ledger.approveAll(sheet.subList(1, 2), "coordinator"))))
        .containsExactly("hours.seatsFullOnApproval");
    assertThat(directory.enrolledOnCalls).isEqualTo(Map.of(S1, 2));
  }

  @Test
  void a_walk_in_seated_on_the_sheet_who_is_enrolled_since_is_not_kept_a_second_seat() {
    // V-w0 walked in, then was enrolled (accepted) before the approval: on the sheet, its own
    // approval seats it, so it is not also kept a seat as an enrolled volunteer. V-w0 and V-w1:
    // first 0 + 1 + 0 kept (V-w0 seated on the sheet) = 1; second 0 + 2 + 0 = 2 <= 2.
    CountingDirectory directory =
        new CountingDirectory(
            roster(
                WalkInSeatsTest.on(
                    VolunteerId.of("V-w0"), EnrollmentStatus.ACCEPTED, "2025-03-18T09:00")));
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, directory, CLOCK);
    List<HourEntryId> sheet = walkIns(ledger, 2);
    assertThat(ledger.approveAll(sheet, "coordinator"))
        .extracting(e -> e.status())
        .containsExactly(HourStatus.APPROVED, HourStatus.APPROVED);
    assertThat(directory.enrolledOnCalls).isEqualTo(Map.of(S1, 1));
  }

  @Test
  void a_walk_in_approved_after_an_enrolled_walk_in_on_the_sheet_finds_its_seat_kept_no_more() {
    // V-w1 was enrolled after walking in; the sheet lists V-w0 first: V-w0 counts V-w1's kept
    // seat (0 + 1 + 1 = 2 <= 2), then V-w1's approval seats V-w1 itself (0 + 2 + 0 = 2 <= 2).
    CountingDirectory directory =
        new CountingDirectory(
            roster(
                WalkInSeatsTest.on(
                    VolunteerId.of("V-w1"), EnrollmentStatus.ACCEPTED, "2025-03-18T09:00")));
    HourLedger ledger = Tatawwu.hourLedger(WALK_INS, directory, CLOCK);
    List<HourEntryId> sheet = walkIns(ledger, 3);
    // A third walk-in on the same sheet: 0 + 3 + 0 = 3 > 2.
    assertThat(codes(rejected(() -> ledger.approveAll(sheet, "coordinator"))))
        .containsExactly("hours.seatsFullOnApproval");
    assertThat(ledger.approveAll(sheet.subList(0, 2), "coordinator"))
        .extracting(e -> e.status())
        .containsExactly(HourStatus.APPROVED, HourStatus.APPROVED);
    assertThat(directory.enrolledOnCalls).isEqualTo(Map.of(S1, 2));
  }
}
