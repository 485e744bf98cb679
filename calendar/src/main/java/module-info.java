/**
 * iCalendar (RFC 5545) feeds of a volunteer's accepted shifts and an entity's opportunities,
 * written with ical4j. Depends on the API and ical4j only.
 */
module org.tatawwu.calendar {
  requires transitive org.tatawwu.api;
  requires ical4j.core;
  requires static org.jspecify;

  exports org.tatawwu.calendar;
}
