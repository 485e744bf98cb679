/**
 * JSON documents for Tatawwu: {@link org.tatawwu.json.PolicyDocuments} reads and writes eligibility
 * policies; {@link org.tatawwu.json.EligibilityConformance} loads the conformance vectors and runs
 * them against any {@link org.tatawwu.eligibility.EligibilityEngine}; {@link
 * org.tatawwu.json.HourPolicyDocuments} reads and writes hour policies, and {@link
 * org.tatawwu.json.HourConformance} runs the hour conformance vectors against any {@link
 * org.tatawwu.hours.HourLedger}.
 *
 * <p>Every reader takes exactly one JSON value: a document followed by anything but JSON's own
 * white space (space, tab, line feed, carriage return) — a second document, a stray bracket, a NUL
 * — is refused as not valid JSON, with the reader's usual exception and code.
 */
@NullMarked
package org.tatawwu.json;

import org.jspecify.annotations.NullMarked;
