/**
 * What volunteer hours are worth and how the national effort is doing: exact money in halalas,
 * dated replacement-cost rate tables (ILO Manual on the Measurement of Volunteer Work, 2011), the
 * national targets with progress and a projection, and the platform's policies on active
 * volunteers, the secondary-school hour requirement and milestones. All types here are immutable
 * and thread-safe.
 */
@NullMarked
package org.tatawwu.impact;

import org.jspecify.annotations.NullMarked;
