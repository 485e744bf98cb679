/**
 * Calendars and time ranges: Hijri (Umm al-Qura) dates through a pluggable conversion table,
 * half-open instant ranges, date ranges and the calendar an age is counted in.
 */
@NullMarked
package org.tatawwu.time;

import org.jspecify.annotations.NullMarked;
