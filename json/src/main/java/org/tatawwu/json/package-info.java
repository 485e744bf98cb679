/**
 * JSON documents for Tatawwu: {@link org.tatawwu.json.PolicyDocuments} reads and writes eligibility
 * policies; {@link org.tatawwu.json.EligibilityConformance} loads the conformance vectors and runs
 * them against any {@link org.tatawwu.eligibility.EligibilityEngine}.
 */
@NullMarked
package org.tatawwu.json;

import org.jspecify.annotations.NullMarked;
