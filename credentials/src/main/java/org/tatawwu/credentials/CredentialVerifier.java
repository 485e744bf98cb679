package org.tatawwu.credentials;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;

/**
 * Verifies Verifiable Credentials secured with {@link EddsaJcs2022} offline: the proof's {@code
 * did:key} gives the public key, the issuer must be that key's DID and one the verifier trusts, and
 * revocation is read from Bitstring Status List credentials handed to the verifier (themselves
 * verified the same way when the verifier is made). Nothing is fetched.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CredentialVerifier {
  private final Set<String> trustedIssuers;
  private final Map<String, StatusListOf> statusLists;

  private record StatusListOf(String issuer, BitstringStatusList list) {}

  private CredentialVerifier(Set<String> trustedIssuers, Map<String, StatusListOf> statusLists) {
    this.trustedIssuers = trustedIssuers;
    this.statusLists = statusLists;
  }

  /**
   * Creates a verifier.
   *
   * @param trustedIssuers the {@code did:key} identifiers of trusted issuers (see {@link
   *     DidKey#of}), not null
   * @param statusListCredentials signed status list credentials, as JSON, from trusted issuers; not
   *     null, may be empty
   * @return the verifier
   * @throws InvalidValueException with code {@code statusList.untrusted} if a status list
   *     credential does not verify or is not from a trusted issuer, {@code statusList.encoding} or
   *     {@code statusList.size} if its list cannot be read
   */
  public static CredentialVerifier of(
      Set<String> trustedIssuers, Collection<String> statusListCredentials) {
    Set<String> trusted = Set.copyOf(trustedIssuers);
    Map<String, StatusListOf> lists = new HashMap<>();
    for (String text : statusListCredentials) {
      Map<String, Object> credential;
      try {
        credential = Json.object(text);
      } catch (InvalidValueException e) {
        throw untrusted();
      }
      Optional<String> signer = EddsaJcs2022.verify(credential);
      if (signer.isEmpty()
          || !trusted.contains(signer.get())
          || !signer.get().equals(issuerId(credential.get("issuer")))
          || !(credential.get("id") instanceof String id)
          || !(credential.get("credentialSubject") instanceof Map<?, ?> subject)
          || !"BitstringStatusList".equals(subject.get("type"))
          || !"revocation".equals(subject.get("statusPurpose"))
          || !(subject.get("encodedList") instanceof String encoded)) {
        throw untrusted();
      }
      lists.put(id, new StatusListOf(signer.get(), BitstringStatusList.decode(encoded)));
    }
    return new CredentialVerifier(trusted, Map.copyOf(lists));
  }

  /**
   * Verifies a credential given as bytes: they must be valid UTF-8.
   *
   * @param credential the bytes, not null
   * @param at the instant at which validity is judged, not null
   * @return the outcome; never throws for bad input
   */
  public CredentialCheck verify(byte[] credential, Instant at) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(credential))
              .toString();
      return verify(text, at);
    } catch (CharacterCodingException e) {
      return CredentialCheck.TAMPERED;
    }
  }

  /**
   * Verifies a credential.
   *
   * @param credential the JSON text, not null
   * @param at the instant at which validity is judged, not null
   * @return the outcome; never throws for bad input
   */
  public CredentialCheck verify(String credential, Instant at) {
    Objects.requireNonNull(at, "at");
    Map<String, Object> document;
    try {
      document = Json.object(credential);
    } catch (InvalidValueException e) {
      return CredentialCheck.TAMPERED;
    }
    Optional<String> signer = EddsaJcs2022.verify(document);
    if (signer.isEmpty() || !signer.get().equals(issuerId(document.get("issuer")))) {
      return CredentialCheck.TAMPERED;
    }
    if (!trustedIssuers.contains(signer.get())) {
      return CredentialCheck.UNKNOWN_ISSUER;
    }
    try {
      if (document.get("validFrom") instanceof String from && Instant.parse(from).isAfter(at)) {
        return CredentialCheck.NOT_YET_VALID;
      }
      if (document.get("validUntil") instanceof String until && !Instant.parse(until).isAfter(at)) {
        return CredentialCheck.EXPIRED;
      }
    } catch (DateTimeParseException e) {
      return CredentialCheck.TAMPERED;
    }
    Object status = document.get("credentialStatus");
    if (status == null) {
      return CredentialCheck.VALID;
    }
    if (!(status instanceof Map<?, ?> entry)
        || !"BitstringStatusListEntry".equals(entry.get("type"))
        || !"revocation".equals(entry.get("statusPurpose"))
        || !(entry.get("statusListCredential") instanceof String listId)
        || !(entry.get("statusListIndex") instanceof String index)) {
      return CredentialCheck.STATUS_UNKNOWN;
    }
    StatusListOf list = statusLists.get(listId);
    if (list == null || !list.issuer().equals(signer.get())) {
      return CredentialCheck.STATUS_UNKNOWN;
    }
    try {
      return list.list().isRevoked(Integer.parseInt(index))
          ? CredentialCheck.REVOKED
          : CredentialCheck.VALID;
    } catch (NumberFormatException | InvalidValueException e) {
      return CredentialCheck.STATUS_UNKNOWN;
    }
  }

  private static String issuerId(@Nullable Object issuer) {
    if (issuer instanceof String s) {
      return s;
    }
    if (issuer instanceof Map<?, ?> m && m.get("id") instanceof String s) {
      return s;
    }
    return "";
  }

  private static InvalidValueException untrusted() {
    return new InvalidValueException(
        "statusList.untrusted", "a status list credential does not verify or is not trusted");
  }

  @Override
  public String toString() {
    return "CredentialVerifier[issuers="
        + trustedIssuers.size()
        + ", lists="
        + statusLists.size()
        + "]";
  }
}
