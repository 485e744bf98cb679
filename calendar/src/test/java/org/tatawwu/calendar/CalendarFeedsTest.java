package org.tatawwu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class CalendarFeedsTest {
  static final VolunteerId SARA = VolunteerId.of("V-1");
  static final EntityId ENTITY = EntityId.of("E1");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final Instant STAMP = Instant.parse("2026-03-01T09:00:00Z");

  final CalendarFeeds feeds = CalendarFeeds.of("tatawwu.example", Locale.ENGLISH);

  // 2026-03-29: London's clocks go from 01:00 GMT to 02:00 BST. 00:30 GMT = 00:30Z;
  // 03:30 BST = 02:30Z: two hours of work over three hours of wall clock.
  static final Shift DST_SHIFT =
      new Shift(
          ShiftId.of("S1"),
          TimeRange.of(
              Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-03-29T02:30:00Z")),
          5);
  // Across midnight in Riyadh (+03:00): 22:00 on the 28th to 02:00 on the 29th.
  static final Shift NIGHT_SHIFT =
      new Shift(
          ShiftId.of("N1"),
          TimeRange.of(
              Instant.parse("2026-03-28T19:00:00Z"), Instant.parse("2026-03-28T23:00:00Z")),
          5);

  static Opportunity opportunity(
      String number, ZoneId zone, OpportunityStatus status, List<Shift> shifts, String title) {
    Opportunity.Builder b =
        Opportunity.builder()
            .number(OpportunityNumber.parse(number))
            .title(BilingualText.of("إغاثة", title))
            .description(BilingualText.of("توزيع السلال", "Food baskets"))
            .entity(ENTITY)
            .field(org.tatawwu.field.FieldCode.of("HEALTH"))
            .location(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null))
            .period(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)))
            .zone(zone)
            .status(status);
    shifts.forEach(b::addShift);
    return b.build();
  }

  static Enrollment enrollment(String number, Shift shift, EnrollmentStatus status) {
    return new Enrollment(
        SARA,
        OpportunityNumber.parse(number),
        shift.id(),
        status,
        Instant.parse("2026-02-01T00:00:00Z"));
  }

  static Calendar parse(Feed feed) throws Exception {
    return new CalendarBuilder().build(new StringReader(feed.text()));
  }

  record Events(Map<String, VEvent> map) {
    VEvent get(String uid) {
      return java.util.Objects.requireNonNull(map.get(uid), uid);
    }
  }

  static Events events(Calendar calendar) {
    return new Events(
        calendar.<VEvent>getComponents("VEVENT").stream()
            .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e)));
  }

  static Instant instant(Temporal t) {
    return ZonedDateTime.from(t).toInstant();
  }

  static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElseThrow();
  }

  @Test
  void a_shift_across_the_spring_change_in_london_parses_back_to_the_same_instants()
      throws Exception {
    Opportunity o =
        opportunity(
            "20260000001", LONDON, OpportunityStatus.PUBLISHED, List.of(DST_SHIFT), "Relief");
    Feed feed =
        feeds.volunteerShifts(
            SARA,
            List.of(enrollment("20260000001", DST_SHIFT, EnrollmentStatus.ACCEPTED)),
            OpportunityDirectory.of(List.of(o), List.of()),
            FeedHistory.empty(),
            STAMP);

    assertThat(feed.text()).contains("DTSTART;TZID=Europe/London:20260329T003000");
    assertThat(feed.text()).contains("DTEND;TZID=Europe/London:20260329T033000");
    Calendar calendar = parse(feed);
    List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
    assertThat(zones).hasSize(1);
    assertThat(zones.get(0).getTimeZoneId().getValue()).isEqualTo("Europe/London");
    VEvent event = events(calendar).get("shift-20260000001-S1@tatawwu.example");
    assertThat(instant(event.getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(instant(event.getDateTimeEnd().getDate()))
        .isEqualTo(Instant.parse("2026-03-29T02:30:00Z"));
    assertThat(prop(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(prop(event, "SEQUENCE")).isEqualTo("0");
    assertThat(prop(event, "SUMMARY")).isEqualTo("Relief");
    assertThat(prop(event, "LOCATION")).isEqualTo("Riyadh");
    assertThat(prop(event, "DTSTAMP")).isEqualTo("20260301T090000Z");
  }

  @Test
  void a_shift_in_the_repeated_hour_of_new_york_is_written_in_utc_and_parses_back()
      throws Exception {
    // 2026-11-01: New York goes from 02:00 EDT back to 01:00 EST. 01:30 happens twice:
    // 05:30Z (EDT) and 06:30Z (EST). A shift from the second 01:30 to 03:30 EST (08:30Z).
    Shift second =
        new Shift(
            ShiftId.of("R2"),
            TimeRange.of(
                Instant.parse("2026-11-01T06:30:00Z"), Instant.parse("2026-11-01T08:30:00Z")),
            3);
    Shift first =
        new Shift(
            ShiftId.of("R1"),
            TimeRange.of(
                Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-01T06:15:00Z")),
            3);
    Opportunity o =
        opportunity(
            "20260000002", NEW_YORK, OpportunityStatus.PUBLISHED, List.of(first, second), "Relief");
    Feed feed = feeds.entityOpportunities(ENTITY, List.of(o), FeedHistory.empty(), STAMP);

    assertThat(feed.text())
        .contains("DTSTART;TZID=America/New_York:20261101T013000")
        .contains("DTSTART:20261101T063000Z")
        .contains("DTEND;TZID=America/New_York:20261101T033000");
    Events events = events(parse(feed));
    VEvent r1 = events.get("opportunity-20260000002-R1@tatawwu.example");
    VEvent r2 = events.get("opportunity-20260000002-R2@tatawwu.example");
    assertThat(instant(r1.getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    assertThat(instant(r1.getDateTimeEnd().getDate()))
        .isEqualTo(Instant.parse("2026-11-01T06:15:00Z"));
    assertThat(instant(r2.getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    assertThat(instant(r2.getDateTimeEnd().getDate()))
        .isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
  }

  @Test
  void a_shift_across_midnight_ends_on_the_next_day() throws Exception {
    Opportunity o =
        opportunity(
            "20260000003", RIYADH, OpportunityStatus.PUBLISHED, List.of(NIGHT_SHIFT), "Night");
    Feed feed =
        feeds.volunteerShifts(
            SARA,
            List.of(enrollment("20260000003", NIGHT_SHIFT, EnrollmentStatus.ATTENDED)),
            OpportunityDirectory.of(List.of(o), List.of()),
            FeedHistory.empty(),
            STAMP);

    assertThat(feed.text())
        .contains("DTSTART;TZID=Asia/Riyadh:20260328T220000")
        .contains("DTEND;TZID=Asia/Riyadh:20260329T020000");
    VEvent event = events(parse(feed)).get("shift-20260000003-N1@tatawwu.example");
    assertThat(instant(event.getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-03-28T19:00:00Z"));
    assertThat(instant(event.getDateTimeEnd().getDate()))
        .isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
  }

  @Test
  void an_unchanged_feed_keeps_its_uids_and_sequences_and_a_changed_shift_goes_up_one()
      throws Exception {
    Opportunity o =
        opportunity(
            "20260000001", LONDON, OpportunityStatus.PUBLISHED, List.of(DST_SHIFT), "Relief");
    List<Enrollment> enrolled =
        List.of(enrollment("20260000001", DST_SHIFT, EnrollmentStatus.ACCEPTED));
    Feed first =
        feeds.volunteerShifts(
            SARA,
            enrolled,
            OpportunityDirectory.of(List.of(o), List.of()),
            FeedHistory.empty(),
            STAMP);
    Feed again =
        feeds.volunteerShifts(
            SARA, enrolled, OpportunityDirectory.of(List.of(o), List.of()), first.history(), STAMP);
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(again.history()).isEqualTo(first.history());

    Shift moved =
        new Shift(
            DST_SHIFT.id(),
            TimeRange.of(
                Instant.parse("2026-03-29T08:00:00Z"), Instant.parse("2026-03-29T12:00:00Z")),
            5);
    Opportunity changed =
        opportunity("20260000001", LONDON, OpportunityStatus.PUBLISHED, List.of(moved), "Relief");
    Feed updated =
        feeds.volunteerShifts(
            SARA,
            enrolled,
            OpportunityDirectory.of(List.of(changed), List.of()),
            again.history(),
            STAMP.plusSeconds(60));
    VEvent event = events(parse(updated)).get("shift-20260000001-S1@tatawwu.example");
    assertThat(prop(event, "SEQUENCE")).isEqualTo("1");
    assertThat(prop(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(instant(event.getDateTimeStart().getDate()))
        .isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
  }

  @Test
  void a_withdrawn_enrollment_is_published_cancelled_with_a_higher_sequence() throws Exception {
    Opportunity o =
        opportunity(
            "20260000001", LONDON, OpportunityStatus.PUBLISHED, List.of(DST_SHIFT), "Relief");
    OpportunityDirectory directory = OpportunityDirectory.of(List.of(o), List.of());
    Enrollment accepted = enrollment("20260000001", DST_SHIFT, EnrollmentStatus.ACCEPTED);
    Feed first =
        feeds.volunteerShifts(SARA, List.of(accepted), directory, FeedHistory.empty(), STAMP);
    Enrollment withdrawn =
        accepted.moveTo(EnrollmentStatus.WITHDRAWN, Instant.parse("2026-03-02T00:00:00Z"));
    Feed second =
        feeds.volunteerShifts(SARA, List.of(withdrawn), directory, first.history(), STAMP);

    VEvent event = events(parse(second)).get("shift-20260000001-S1@tatawwu.example");
    assertThat(prop(event, "STATUS")).isEqualTo("CANCELLED");
    assertThat(prop(event, "SEQUENCE")).isEqualTo("1");
    // Rendering again keeps the cancellation, at the same sequence.
    Feed third =
        feeds.volunteerShifts(SARA, List.of(withdrawn), directory, second.history(), STAMP);
    assertThat(third.text()).isEqualTo(second.text());
  }

  @Test
  void a_withdrawn_enrollment_never_published_is_left_out() throws Exception {
    Opportunity o =
        opportunity(
            "20260000001", LONDON, OpportunityStatus.PUBLISHED, List.of(DST_SHIFT), "Relief");
    Feed feed =
        feeds.volunteerShifts(
            SARA,
            List.of(enrollment("20260000001", DST_SHIFT, EnrollmentStatus.APPLIED)),
            OpportunityDirectory.of(List.of(o), List.of()),
            FeedHistory.empty(),
            STAMP);
    assertThat(events(parse(feed)).map()).isEmpty();
    assertThat(feed.text()).doesNotContain("VTIMEZONE");
  }

  @Test
  void a_cancelled_opportunity_and_a_removed_shift_are_published_cancelled() throws Exception {
    Opportunity o =
        opportunity(
            "20260000001",
            LONDON,
            OpportunityStatus.PUBLISHED,
            List.of(DST_SHIFT, NIGHT_SHIFT),
            "Relief");
    Feed first = feeds.entityOpportunities(ENTITY, List.of(o), FeedHistory.empty(), STAMP);
    assertThat(events(parse(first)).map()).hasSize(2);

    Opportunity without =
        opportunity(
            "20260000001", LONDON, OpportunityStatus.PUBLISHED, List.of(DST_SHIFT), "Relief");
    Feed second = feeds.entityOpportunities(ENTITY, List.of(without), first.history(), STAMP);
    Events events = events(parse(second));
    VEvent removed = events.get("opportunity-20260000001-N1@tatawwu.example");
    assertThat(prop(removed, "STATUS")).isEqualTo("CANCELLED");
    assertThat(prop(removed, "SEQUENCE")).isEqualTo("1");
    assertThat(instant(removed.getDateTimeStart().getDate())).isEqualTo(NIGHT_SHIFT.time().start());
    assertThat(prop(events.get("opportunity-20260000001-S1@tatawwu.example"), "STATUS"))
        .isEqualTo("CONFIRMED");

    Feed third =
        feeds.entityOpportunities(
            ENTITY, List.of(without.moveTo(OpportunityStatus.CANCELLED)), second.history(), STAMP);
    Events after = events(parse(third));
    assertThat(after.map()).hasSize(2);
    assertThat(prop(after.get("opportunity-20260000001-S1@tatawwu.example"), "STATUS"))
        .isEqualTo("CANCELLED");
    assertThat(prop(after.get("opportunity-20260000001-S1@tatawwu.example"), "SEQUENCE"))
        .isEqualTo("1");
    assertThat(prop(after.get("opportunity-20260000001-N1@tatawwu.example"), "SEQUENCE"))
        .isEqualTo("1");
  }

  @Test
  void drafts_are_not_in_an_entity_feed_and_arabic_text_is_written_in_arabic() throws Exception {
    Opportunity draft =
        opportunity("20260000004", RIYADH, OpportunityStatus.DRAFT, List.of(NIGHT_SHIFT), "Draft");
    Opportunity open =
        opportunity(
            "20260000003", RIYADH, OpportunityStatus.PUBLISHED, List.of(NIGHT_SHIFT), "Night");
    Feed feed =
        CalendarFeeds.of("tatawwu.example", Locale.forLanguageTag("ar-SA"))
            .entityOpportunities(ENTITY, List.of(draft, open), FeedHistory.empty(), STAMP);
    Events events = events(parse(feed));
    assertThat(events.map()).containsOnlyKeys("opportunity-20260000003-N1@tatawwu.example");
    VEvent event = events.get("opportunity-20260000003-N1@tatawwu.example");
    assertThat(prop(event, "SUMMARY")).isEqualTo("إغاثة");
    assertThat(prop(event, "DESCRIPTION")).isEqualTo("توزيع السلال");
    assertThat(prop(event, "LOCATION")).isEqualTo("الرياض");
  }

  @Test
  void the_feed_declares_itself_and_uses_crlf_line_endings() throws Exception {
    Opportunity o =
        opportunity(
            "20260000003", RIYADH, OpportunityStatus.PUBLISHED, List.of(NIGHT_SHIFT), "Night");
    Feed feed = feeds.entityOpportunities(ENTITY, List.of(o), FeedHistory.empty(), STAMP);
    assertThat(feed.text()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    Calendar calendar = parse(feed);
    assertThat(calendar.getProperty("PRODID").orElseThrow().getValue())
        .isEqualTo(CalendarFeeds.PRODUCT_ID);
    assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
    assertThat(calendar.getProperty("CALSCALE").orElseThrow().getValue()).isEqualTo("GREGORIAN");
    assertThat(feed.toString()).doesNotContain("Night");
  }

  @Test
  void rejects_other_peoples_enrollments_and_other_entities_opportunities() {
    Opportunity o =
        opportunity(
            "20260000003", RIYADH, OpportunityStatus.PUBLISHED, List.of(NIGHT_SHIFT), "Night");
    Enrollment other =
        new Enrollment(
            VolunteerId.of("V-2"),
            o.number(),
            NIGHT_SHIFT.id(),
            EnrollmentStatus.ACCEPTED,
            Instant.parse("2026-02-01T00:00:00Z"));
    assertThatThrownBy(
            () ->
                feeds.volunteerShifts(
                    SARA,
                    List.of(other),
                    OpportunityDirectory.of(List.of(o), List.of()),
                    FeedHistory.empty(),
                    STAMP))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "calendar.foreignEnrollment");
    assertThatThrownBy(
            () ->
                feeds.volunteerShifts(
                    SARA,
                    List.of(enrollment("20260000003", NIGHT_SHIFT, EnrollmentStatus.ACCEPTED)),
                    OpportunityDirectory.of(List.of(), List.of()),
                    FeedHistory.empty(),
                    STAMP))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "calendar.unknownOpportunity");
    assertThatThrownBy(
            () ->
                feeds.entityOpportunities(
                    EntityId.of("E2"), List.of(o), FeedHistory.empty(), STAMP))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "calendar.foreignOpportunity");
    assertThatThrownBy(() -> CalendarFeeds.of("bad domain", Locale.ENGLISH))
        .isInstanceOf(InvalidValueException.class);
  }
}
