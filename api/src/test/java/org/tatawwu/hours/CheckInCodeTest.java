package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.volunteer.VolunteerId;

class CheckInCodeTest {
  static final Instant FROM = Instant.parse("2025-03-01T05:00:00Z");
  static final Instant TO = Instant.parse("2025-03-01T09:00:00Z");

  static KeyPair ed25519() throws GeneralSecurityException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  static CheckInCode code() {
    return new CheckInCode(
        "c-1",
        OpportunityNumber.parse("12345678901"),
        ShiftId.of("morning"),
        VolunteerId.of("v-7"),
        FROM,
        TO);
  }

  /** A token over any payload text, signed the way a check-in code is signed. */
  static String token(String payload, PrivateKey key) throws GeneralSecurityException {
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(key);
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    s.update(bytes);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(bytes) + "." + b64.encodeToString(s.sign());
  }

  @Test
  void a_signed_code_verifies_with_the_entity_key_and_only_with_it() throws Exception {
    KeyPair entity = ed25519();
    String signed = code().sign(entity.getPrivate());
    assertThat(CheckInCode.verify(signed, entity.getPublic())).contains(code());
    assertThat(CheckInCode.verify(signed, ed25519().getPublic())).isEmpty();
  }

  @Test
  void the_token_carries_the_documented_payload_lines() throws Exception {
    KeyPair entity = ed25519();
    String signed = code().sign(entity.getPrivate());
    String payload =
        new String(
            Base64.getUrlDecoder().decode(signed.substring(0, signed.indexOf('.'))),
            StandardCharsets.UTF_8);
    // 2025-03-01T05:00:00Z is 1740805200 s after the epoch; four hours later 1740819600.
    assertThat(payload).isEqualTo("TWC1\nc-1\n12345678901\nmorning\nv-7\n1740805200\n1740819600");
    // The same payload signed elsewhere verifies too: the format is the contract.
    assertThat(CheckInCode.verify(token(payload, entity.getPrivate()), entity.getPublic()))
        .contains(code());
  }

  @Test
  void a_token_that_is_not_two_parts_or_not_this_version_or_not_canonical_is_refused()
      throws Exception {
    KeyPair entity = ed25519();
    String signed = code().sign(entity.getPrivate());
    assertThat(CheckInCode.verify(signed.replace(".", ""), entity.getPublic())).isEmpty();
    assertThat(CheckInCode.verify(signed + ".x", entity.getPublic())).isEmpty();
    assertThat(CheckInCode.verify("." + signed, entity.getPublic())).isEmpty();
    assertThat(CheckInCode.verify("!!!." + "???", entity.getPublic())).isEmpty();
    String lines = "\nc-1\n12345678901\nmorning\nv-7\n1740805200\n1740819600";
    assertThat(CheckInCode.verify(token("TWC2" + lines, entity.getPrivate()), entity.getPublic()))
        .isEmpty();
    assertThat(
            CheckInCode.verify(
                token("TWC1" + lines + "\nextra", entity.getPrivate()), entity.getPublic()))
        .isEmpty();
    assertThat(
            CheckInCode.verify(
                token("TWC1\nc-1\n12345678901\nmorning\nv-7", entity.getPrivate()),
                entity.getPublic()))
        .isEmpty();
    // A leading zero parses to the same second, but it is a second spelling of the code.
    assertThat(
            CheckInCode.verify(
                token(
                    "TWC1\nc-1\n12345678901\nmorning\nv-7\n01740805200\n1740819600",
                    entity.getPrivate()),
                entity.getPublic()))
        .isEmpty();
    // A payload that names an invalid window is refused, not thrown.
    assertThat(
            CheckInCode.verify(
                token(
                    "TWC1\nc-1\n12345678901\nmorning\nv-7\n1740819600\n1740805200",
                    entity.getPrivate()),
                entity.getPublic()))
        .isEmpty();
  }

  @Test
  void the_window_includes_its_start_and_excludes_its_end() {
    CheckInCode c = code();
    assertThat(c.isValidAt(FROM)).isTrue();
    assertThat(c.isValidAt(FROM.minusNanos(1))).isFalse();
    assertThat(c.isValidAt(TO.minusNanos(1))).isTrue();
    assertThat(c.isValidAt(TO)).isFalse();
    assertThat(c.isValidAt(TO.plusSeconds(1))).isFalse();
  }

  @Test
  void the_window_is_whole_seconds_and_not_empty() {
    assertThatThrownBy(() -> window(FROM, FROM)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> window(TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> window(FROM.plusMillis(1), TO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> window(FROM, TO.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(window(FROM, FROM.plusSeconds(1)).notAfter()).isEqualTo(FROM.plusSeconds(1));
  }

  @Test
  void signing_needs_an_ed25519_key() throws Exception {
    PrivateKey rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
    assertThatThrownBy(() -> code().sign(rsa)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void to_string_names_the_code_and_window_but_not_the_volunteer() {
    assertThat(code().toString())
        .isEqualTo("CheckInCode[c-1, morning, 2025-03-01T05:00:00Z–2025-03-01T09:00:00Z]")
        .doesNotContain("v-7");
  }

  private static CheckInCode window(Instant from, Instant to) {
    return new CheckInCode(
        "c-2",
        OpportunityNumber.parse("12345678901"),
        ShiftId.of("s"),
        VolunteerId.of("v"),
        from,
        to);
  }
}
