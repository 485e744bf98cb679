package org.tatawwu.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class DidKeyTest {
  // did:key method specification (W3C CCG), Ed25519 examples.
  static final String[] SPEC_EXAMPLES = {
    "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp",
    "did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG",
    "did:key:z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf",
  };

  @Test
  void the_spec_examples_resolve_to_ed25519_keys_and_back() {
    for (String did : SPEC_EXAMPLES) {
      PublicKey key = DidKey.resolve(did);
      assertThat(key.getAlgorithm()).isIn("Ed25519", "EdDSA");
      assertThat(DidKey.of(key)).isEqualTo(did);
      String fragment = did.substring("did:key:".length());
      assertThat(DidKey.resolve(did + "#" + fragment)).isEqualTo(key);
      assertThat(DidKey.verificationMethod(key)).isEqualTo(did + "#" + fragment);
    }
  }

  @Test
  void base58btc_matches_the_bitcoin_alphabet_examples() {
    // From the base58 draft (draft-msporny-base58): "Hello World!" and leading zero bytes.
    assertThat(
            Multibase.base58btc("Hello World!".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("z2NEpo7TZRRrLZSi2U");
    assertThat(
            Multibase.base58btc(
                "The quick brown fox jumps over the lazy dog."
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("zUSm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
    assertThat(Multibase.base58btc(HexFormat.of().parseHex("0000287fb4cd"))).isEqualTo("z11233QC4");
    assertThat(Multibase.decodeBase58btc("z11233QC4"))
        .isEqualTo(HexFormat.of().parseHex("0000287fb4cd"));
    assertThat(Multibase.decodeBase58btc("z2NEpo7TZRRrLZSi2U"))
        .isEqualTo("Hello World!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void generated_keys_round_trip() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    for (int i = 0; i < 50; i++) {
      PublicKey key = generator.generateKeyPair().getPublic();
      assertThat(DidKey.of(key)).startsWith("did:key:z6Mk");
      assertThat(DidKey.resolve(DidKey.of(key))).isEqualTo(key);
    }
  }

  @Test
  void rejects_what_is_not_an_ed25519_did_key() throws Exception {
    for (String bad :
        new String[] {
          "did:web:example.com",
          "did:key:",
          "did:key:zz",
          "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooW0",
          "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp#other",
          // a P-256 did:key (multicodec 0x1200)
          "did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169",
        }) {
      assertThatThrownBy(() -> DidKey.resolve(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "didKey.format");
    }
    PublicKey rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
    assertThatThrownBy(() -> DidKey.of(rsa))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "didKey.algorithm");
  }
}
