/**
 * Eligibility: which volunteer may take which shift, and why not. A {@link
 * org.tatawwu.eligibility.EligibilityPolicy} (criteria and their parameters, writable as a
 * versioned document) configures an {@link org.tatawwu.eligibility.EligibilityEngine}; each {@link
 * org.tatawwu.eligibility.Verdict} lists <em>every</em> unmet criterion with a stable reason code,
 * explained in Arabic or English with what would fix it.
 */
@NullMarked
package org.tatawwu.eligibility;

import org.jspecify.annotations.NullMarked;
