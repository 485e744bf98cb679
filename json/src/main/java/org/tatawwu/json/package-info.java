/**
 * JSON documents for Tatawwu: {@link org.tatawwu.json.PolicyDocuments} reads and writes eligibility
 * policies; {@link org.tatawwu.json.EligibilityConformance} loads the conformance vectors and runs
 * them against any {@link org.tatawwu.eligibility.EligibilityEngine}; {@link
 * org.tatawwu.json.HourPolicyDocuments} reads and writes hour policies, and {@link
 * org.tatawwu.json.HourConformance} runs the hour conformance vectors against any {@link
 * org.tatawwu.hours.HourLedger}.
 */
@NullMarked
package org.tatawwu.json;

import org.jspecify.annotations.NullMarked;
