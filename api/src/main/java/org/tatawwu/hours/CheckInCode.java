package org.tatawwu.hours;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.text.Identifiers;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A volunteer's personal check-in code for one shift: a short-lived token, signed by the entity
 * with Ed25519 (the JDK's), naming the shift, the volunteer and the window in which it may be used
 * to check in. It is verified offline with the entity's public key ({@link #verify}); the ledger
 * also refuses it when used a second time (its {@link #id()}), when the check-in lies outside its
 * window, and when it names another volunteer or another shift.
 *
 * <p>The token is {@code base64url(payload) "." base64url(signature)}, unpadded; the payload is the
 * UTF-8 text {@code TWC1}, the id, opportunity, shift, volunteer, and the window's first and last
 * epoch second (half-open), joined by line feeds. The signature covers the payload's bytes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the code's unique id, an identifier (1 to 64 ASCII letters, digits, {@code . _ : -})
 * @param opportunity the opportunity, not null
 * @param shift the shift, not null
 * @param volunteer the volunteer, not null
 * @param notBefore the window's start, not null, whole seconds
 * @param notAfter the window's end (exclusive), after {@code notBefore}, whole seconds
 */
public record CheckInCode(
    String id,
    OpportunityNumber opportunity,
    ShiftId shift,
    VolunteerId volunteer,
    Instant notBefore,
    Instant notAfter) {

  private static final String VERSION = "TWC1";
  private static final String ALGORITHM = "Ed25519";

  /**
   * Checks the components.
   *
   * @param id the code's unique id, an identifier
   * @param opportunity the opportunity, not null
   * @param shift the shift, not null
   * @param volunteer the volunteer, not null
   * @param notBefore the window's start, not null, whole seconds
   * @param notAfter the window's end (exclusive), after {@code notBefore}, whole seconds
   * @throws IllegalArgumentException if the window is empty or not in whole seconds
   */
  public CheckInCode {
    Identifiers.check(id, "checkInCode");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(shift, "shift");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    if (!notAfter.isAfter(notBefore)
        || !notBefore.truncatedTo(ChronoUnit.SECONDS).equals(notBefore)
        || !notAfter.truncatedTo(ChronoUnit.SECONDS).equals(notAfter)) {
      throw new IllegalArgumentException("a check-in code's window is whole seconds, not empty");
    }
  }

  /**
   * Returns whether an instant lies in the window, {@code [notBefore, notAfter)}.
   *
   * @param t not null
   * @return true inside
   */
  public boolean isValidAt(Instant t) {
    return !t.isBefore(notBefore) && t.isBefore(notAfter);
  }

  private String payload() {
    return String.join(
        "\n",
        VERSION,
        id,
        opportunity.value(),
        shift.value(),
        volunteer.value(),
        Long.toString(notBefore.getEpochSecond()),
        Long.toString(notAfter.getEpochSecond()));
  }

  /**
   * Signs the code.
   *
   * @param entityKey the entity's Ed25519 private key, not null
   * @return the token
   * @throws IllegalArgumentException if the key is not an Ed25519 private key
   */
  public String sign(PrivateKey entityKey) {
    byte[] payload = payload().getBytes(StandardCharsets.UTF_8);
    try {
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(entityKey);
      signer.update(payload);
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return b64.encodeToString(payload) + "." + b64.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("an Ed25519 private key is needed", e);
    }
  }

  /**
   * Verifies a token's signature with the entity's public key, and reads it.
   *
   * @param token the token, not null
   * @param entityKey the entity's Ed25519 public key, not null
   * @return the code, or empty when the token is malformed or its signature does not hold (it was
   *     changed, or signed with another key)
   */
  public static Optional<CheckInCode> verify(String token, PublicKey entityKey) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(entityKey, "entityKey");
    int dot = token.indexOf('.');
    if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
      return Optional.empty();
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      byte[] payload = b64.decode(token.substring(0, dot));
      byte[] signature = b64.decode(token.substring(dot + 1));
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(entityKey);
      verifier.update(payload);
      if (!verifier.verify(signature)) {
        return Optional.empty();
      }
      String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length != 7 || !parts[0].equals(VERSION)) {
        return Optional.empty();
      }
      CheckInCode code =
          new CheckInCode(
              parts[1],
              OpportunityNumber.parse(parts[2]),
              ShiftId.of(parts[3]),
              VolunteerId.of(parts[4]),
              Instant.ofEpochSecond(Long.parseLong(parts[5])),
              Instant.ofEpochSecond(Long.parseLong(parts[6])));
      // The payload must be exactly what this code signs: one spelling of each code.
      return code.payload().equals(new String(payload, StandardCharsets.UTF_8))
          ? Optional.of(code)
          : Optional.empty();
    } catch (GeneralSecurityException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@return the code's id and window only: the volunteer is not printed} */
  @Override
  public String toString() {
    return "CheckInCode[" + id + ", " + shift + ", " + notBefore + "–" + notAfter + "]";
  }
}
