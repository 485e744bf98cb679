/**
 * Calendar feeds: {@link org.tatawwu.calendar.CalendarFeeds} renders a volunteer's accepted shifts
 * or an entity's opportunities as an iCalendar (RFC 5545) document that calendar applications
 * subscribe to. Each event has a stable UID; a changed event carries a higher {@code SEQUENCE}; a
 * withdrawn enrollment, a cancelled opportunity or a removed shift stays in the feed with {@code
 * STATUS:CANCELLED}, so subscribers remove it. The {@link org.tatawwu.calendar.FeedHistory} that
 * each rendering returns is what the next rendering compares with.
 */
@NullMarked
package org.tatawwu.calendar;

import org.jspecify.annotations.NullMarked;
