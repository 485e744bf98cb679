/**
 * Opportunities, their shifts, requirements and lifecycle; the field taxonomy with its default
 * catalogue; enrollments with capacity and waitlist rules.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.opportunity;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
