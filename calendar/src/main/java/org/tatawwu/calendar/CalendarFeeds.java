package org.tatawwu.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.organization.EntityId;
import org.tatawwu.text.Identifiers;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Renders calendar feeds in iCalendar (RFC 5545) with ical4j: a volunteer's accepted shifts, and an
 * entity's opportunities (one event per shift).
 *
 * <ul>
 *   <li>Times are written in the opportunity's zone ({@code DTSTART;TZID=...}) with the zone's
 *       {@code VTIMEZONE} from ical4j's bundled definitions, so a subscriber in any zone sees the
 *       right instant, across daylight-saving changes and across midnight. An instant that the
 *       zone's local time cannot name unambiguously (the second pass through a repeated hour when
 *       clocks go back) is written in UTC instead, as RFC 5545 §3.3.5 allows.
 *   <li>UIDs are stable: {@code shift-<opportunity>-<shift>@<domain>} in a volunteer's feed, {@code
 *       opportunity-<opportunity>-<shift>@<domain>} in an entity's.
 *   <li>Updates and cancellations: each rendering compares with the previous {@link FeedHistory};
 *       an event whose content changed gets {@code SEQUENCE} one higher; an event that has gone
 *       (withdrawn enrollment, cancelled opportunity, removed shift) is published with {@code
 *       STATUS:CANCELLED} and a higher sequence, and kept in later renderings.
 *   <li>{@code DTSTAMP} is the explicit instant passed in: the same inputs render the same text.
 * </ul>
 *
 * <p>Accepted shifts are enrollments {@link EnrollmentStatus#ACCEPTED accepted} or {@link
 * EnrollmentStatus#ATTENDED attended}. An entity's feed shows published, closed and completed
 * opportunities; drafts are not shown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarFeeds {
  /** The product identifier written in every feed. */
  public static final String PRODUCT_ID = "-//Tatawwu//Calendar feeds//EN";

  private final String domain;
  private final boolean arabic;

  private CalendarFeeds(String domain, boolean arabic) {
    this.domain = domain;
    this.arabic = arabic;
  }

  /**
   * Creates a renderer.
   *
   * @param uidDomain the domain that ends every UID, for example the platform's host name: 1 to 64
   *     ASCII letters, digits, {@code . _ : -}
   * @param locale the language of the text: Arabic for any {@code ar} locale, English otherwise;
   *     not null
   * @return the renderer
   * @throws InvalidValueException with code {@code uidDomain.format} if the domain breaks the rule
   */
  public static CalendarFeeds of(String uidDomain, Locale locale) {
    return new CalendarFeeds(
        Identifiers.check(uidDomain, "uidDomain"), "ar".equals(locale.getLanguage()));
  }

  /**
   * Renders a volunteer's accepted shifts.
   *
   * @param volunteer the volunteer whose feed this is, not null
   * @param enrollments the volunteer's enrollments in any status, not null; other statuses than
   *     accepted and attended are left out (or cancelled, if published before)
   * @param opportunities looks up each enrollment's opportunity, not null
   * @param previous the history the previous rendering of this feed returned, or {@link
   *     FeedHistory#empty()}; not null
   * @param stamp the instant written as every event's {@code DTSTAMP}, not null
   * @return the feed and its new history
   * @throws InvalidValueException with code {@code calendar.foreignEnrollment} if an enrollment is
   *     another volunteer's, or {@code calendar.unknownOpportunity} if an opportunity cannot be
   *     found
   */
  public Feed volunteerShifts(
      VolunteerId volunteer,
      Collection<Enrollment> enrollments,
      OpportunityDirectory opportunities,
      FeedHistory previous,
      Instant stamp) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(stamp, "stamp");
    List<PublishedEvent> current = new ArrayList<>();
    for (Enrollment e : enrollments) {
      if (!e.volunteer().equals(volunteer)) {
        throw new InvalidValueException(
            "calendar.foreignEnrollment", "a volunteer's feed holds only their own enrollments");
      }
      Opportunity o =
          opportunities
              .opportunity(e.opportunity())
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          "calendar.unknownOpportunity",
                          "an enrollment's opportunity is not in the directory"));
      boolean accepted =
          e.status() == EnrollmentStatus.ACCEPTED || e.status() == EnrollmentStatus.ATTENDED;
      String uid = "shift-" + o.number().value() + "-" + e.shift().value() + "@" + domain;
      Optional<Shift> shift = o.shift(e.shift());
      if (shift.isPresent() && (accepted || previous.event(uid).isPresent())) {
        boolean cancelled = !accepted || o.status() == OpportunityStatus.CANCELLED;
        current.add(event(uid, o, shift.get(), cancelled));
      }
    }
    return render(current, previous, stamp);
  }

  /**
   * Renders an entity's opportunities, one event per shift.
   *
   * @param entity the entity whose feed this is, not null
   * @param opportunities the entity's opportunities in any status, not null
   * @param previous the history the previous rendering of this feed returned, or {@link
   *     FeedHistory#empty()}; not null
   * @param stamp the instant written as every event's {@code DTSTAMP}, not null
   * @return the feed and its new history
   * @throws InvalidValueException with code {@code calendar.foreignOpportunity} if an opportunity
   *     is another entity's
   */
  public Feed entityOpportunities(
      EntityId entity, Collection<Opportunity> opportunities, FeedHistory previous, Instant stamp) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(stamp, "stamp");
    List<PublishedEvent> current = new ArrayList<>();
    for (Opportunity o : opportunities) {
      if (!o.entity().equals(entity)) {
        throw new InvalidValueException(
            "calendar.foreignOpportunity", "an entity's feed holds only its own opportunities");
      }
      if (o.status() == OpportunityStatus.DRAFT) {
        continue;
      }
      for (Shift s : o.shifts()) {
        String uid = "opportunity-" + o.number().value() + "-" + s.id().value() + "@" + domain;
        current.add(event(uid, o, s, o.status() == OpportunityStatus.CANCELLED));
      }
    }
    return render(current, previous, stamp);
  }

  private PublishedEvent event(String uid, Opportunity o, Shift s, boolean cancelled) {
    return new PublishedEvent(
        uid,
        0,
        s.time().start(),
        s.time().end(),
        o.zone(),
        arabic ? o.title().arabic() : o.title().english(),
        arabic ? o.description().arabic() : o.description().english(),
        location(o.location()),
        cancelled);
  }

  private String location(Location location) {
    if (location instanceof Location.OnSite site) {
      return arabic ? site.city().name().arabic() : site.city().name().english();
    }
    return arabic ? "عن بُعد" : "Remote";
  }

  private Feed render(List<PublishedEvent> current, FeedHistory previous, Instant stamp) {
    Map<String, PublishedEvent> next = new LinkedHashMap<>();
    for (PublishedEvent e : current) {
      Optional<PublishedEvent> before = previous.event(e.uid());
      PublishedEvent published;
      if (before.isEmpty()) {
        published = e;
      } else if (before.get().sameContent(e)) {
        published = before.get();
      } else {
        published = e.withSequence(before.get().sequence() + 1);
      }
      if (next.put(e.uid(), published) != null) {
        throw new InvalidValueException(
            "calendar.duplicateEvent", "a shift appears once in a feed");
      }
    }
    for (PublishedEvent gone : previous.events()) {
      if (!next.containsKey(gone.uid())) {
        next.put(
            gone.uid(),
            gone.cancelled() ? gone : gone.cancelledCopy().withSequence(gone.sequence() + 1));
      }
    }
    FeedHistory history = FeedHistory.of(next.values());
    return new Feed(write(history.events(), stamp), history);
  }

  private static String write(List<PublishedEvent> events, Instant stamp) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Set<ZoneId> zones = new LinkedHashSet<>();
    for (PublishedEvent e : events) {
      zones.add(e.zone());
    }
    for (ZoneId zone : zones) {
      TimeZone tz = registry.getTimeZone(zone.getId());
      if (tz != null) {
        calendar.add(tz.getVTimeZone());
      }
    }
    for (PublishedEvent e : events) {
      boolean zoned = registry.getTimeZone(e.zone().getId()) != null;
      VEvent event = new VEvent(false);
      event.add(new DtStamp(stamp));
      event.add(new Uid(e.uid()));
      event.add(new Sequence(e.sequence()));
      event.add(new DtStart<>(local(e.start(), e.zone(), zoned)));
      event.add(new DtEnd<>(local(e.end(), e.zone(), zoned)));
      event.add(new Summary(e.summary()));
      if (!e.description().isEmpty()) {
        event.add(new Description(e.description()));
      }
      event.add(new net.fortuna.ical4j.model.property.Location(e.location()));
      event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
      calendar.add(event);
    }
    // RFC 5545 asks for at least one component; a feed with nothing to show is still served (as
    // calendar servers serve an empty subscription), so only a feed with events is validated.
    if (!events.isEmpty()) {
      ValidationResult result = calendar.validate();
      if (result.hasErrors()) {
        throw new IllegalStateException("the feed breaks RFC 5545: " + result);
      }
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Names an instant in a zone's local time when that is unambiguous, otherwise in UTC: an
   * ambiguous local time means its first occurrence (RFC 5545 §3.3.5). An {@link Instant} is
   * written by ical4j in UTC form ({@code 20261101T063000Z}).
   */
  private static Temporal local(Instant instant, ZoneId zone, boolean zoned) {
    if (zoned) {
      ZonedDateTime z = instant.atZone(zone);
      if (z.withEarlierOffsetAtOverlap().toInstant().equals(instant)) {
        return z;
      }
    }
    return instant;
  }
}
