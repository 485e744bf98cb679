/**
 * Verifiable Credentials for Tatawwu: {@link org.tatawwu.credentials.CredentialIssuer} issues hour
 * certificates and recognition awards as Open Badges 3.0 credentials secured with {@link
 * org.tatawwu.credentials.EddsaJcs2022}; {@link org.tatawwu.credentials.CredentialVerifier} checks
 * them offline from the issuer's {@link org.tatawwu.credentials.DidKey did:key} and its {@link
 * org.tatawwu.credentials.BitstringStatusList}. The compact signed certificate of {@code
 * org.tatawwu.certificate} remains the document for print and QR codes; the credential's id carries
 * the same serial.
 */
@NullMarked
package org.tatawwu.credentials;

import org.jspecify.annotations.NullMarked;
