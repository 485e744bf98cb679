/**
 * Credentials of volunteers as inputs of eligibility: {@link org.tatawwu.credential.CredentialType
 * credential types} (issuer, validity, the {@link org.tatawwu.credential.VerificationLevel
 * verification level} they establish, after the US ESAR-VHP's four levels), a volunteer's {@link
 * org.tatawwu.credential.Credential} (evidence, who verified it and when, expiry) and {@link
 * org.tatawwu.credential.BackgroundCheckCase background checks} as a state machine with the
 * volunteer's right to be told why. A {@link org.tatawwu.credential.CredentialRegistry} records
 * them, refuses illegal transitions with codes and answers what expires within N days.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.credential;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
