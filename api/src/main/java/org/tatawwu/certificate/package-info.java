/**
 * Hour certificates, as the Volunteer Work Law (Art. 9) entitles every volunteer to: the type of
 * work, its duration, the hours and the experience gained, in Arabic and English with Gregorian and
 * Hijri dates, signed with Ed25519 so that anyone holding the issuer's public key can check
 * offline, with {@link org.tatawwu.certificate.CertificateVerifier}, that a certificate is genuine,
 * unaltered and not revoked. Verification needs only this API module and the JDK.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.certificate;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
