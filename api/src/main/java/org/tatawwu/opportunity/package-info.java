/**
 * Opportunities, their shifts, requirements and lifecycle; the field taxonomy with its default
 * catalogue; enrollments with capacity and waitlist rules.
 */
@NullMarked
package org.tatawwu.opportunity;

import org.jspecify.annotations.NullMarked;
