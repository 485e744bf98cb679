/**
 * Hour accounting: submissions (attendance, claims, roster imports) with caller-chosen idempotency
 * keys, a submitted → approved or rejected workflow, corrections that reverse and replace, an
 * {@link org.tatawwu.hours.HourPolicy} of documented rules, an append-only event store behind
 * {@link org.tatawwu.hours.HourEventStore}, and exact totals over approved hours.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.hours;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
