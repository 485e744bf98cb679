package org.tatawwu.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The W3C vc-di-eddsa test vectors for eddsa-jcs-2022 (TestVectors/eddsa-jcs-2022, copied into test
 * resources unchanged): every intermediate value and the final proof, reproduced and verified.
 */
class W3cEddsaJcs2022VectorsTest {
  static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            W3cEddsaJcs2022VectorsTest.class.getResourceAsStream("w3c/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String str(@org.jspecify.annotations.Nullable Object o) {
    return (String) Objects.requireNonNull(o);
  }

  static String line(String name) {
    return resource(name).strip();
  }

  final Map<String, Object> keyPair = Json.object(resource("keyPair.json"));
  final Map<String, Object> unsigned = Json.object(resource("unsigned.json"));
  final Map<String, Object> proofConfig =
      Json.object(resource("eddsa-jcs-2022/proofConfigJCS.json"));
  final Map<String, Object> signed = Json.object(resource("eddsa-jcs-2022/signedJCS.json"));

  PrivateKey privateKey() {
    return DidKey.privateKeyFromMultibase(str(keyPair.get("privateKeyMultibase")));
  }

  @Test
  void the_document_and_the_proof_configuration_canonicalise_and_hash_as_published() {
    byte[] canonicalDocument = Json.canonical(unsigned);
    assertThat(new String(canonicalDocument, StandardCharsets.UTF_8))
        .isEqualTo(line("eddsa-jcs-2022/canonDocJCS.txt"));
    assertThat(HexFormat.of().formatHex(EddsaJcs2022.sha256(canonicalDocument)))
        .isEqualTo(line("eddsa-jcs-2022/docHashJCS.txt"));

    byte[] canonicalProof = Json.canonical(proofConfig);
    assertThat(new String(canonicalProof, StandardCharsets.UTF_8))
        .isEqualTo(line("eddsa-jcs-2022/proofCanonJCS.txt"));
    assertThat(HexFormat.of().formatHex(EddsaJcs2022.sha256(canonicalProof)))
        .isEqualTo(line("eddsa-jcs-2022/proofHashJCS.txt"));

    assertThat(HexFormat.of().formatHex(EddsaJcs2022.hashData(proofConfig, unsigned)))
        .isEqualTo(line("eddsa-jcs-2022/combinedHashJCS.txt"));
  }

  @Test
  void our_signer_reproduces_the_published_signature_from_the_published_key() {
    byte[] signature =
        EddsaJcs2022.sign(EddsaJcs2022.hashData(proofConfig, unsigned), privateKey());
    assertThat(HexFormat.of().formatHex(signature)).isEqualTo(line("eddsa-jcs-2022/sigHexJCS.txt"));
    assertThat(Multibase.base58btc(signature)).isEqualTo(line("eddsa-jcs-2022/sigBTC58JCS.txt"));
  }

  @Test
  void securing_the_published_document_gives_the_published_secured_document() {
    Map<String, Object> secured =
        EddsaJcs2022.secure(
            unsigned,
            privateKey(),
            str(proofConfig.get("verificationMethod")),
            Instant.parse(str(proofConfig.get("created"))));
    assertThat(secured).isEqualTo(signed);
    assertThat(Json.canonical(secured)).isEqualTo(Json.canonical(signed));
  }

  @Test
  void our_verifier_accepts_the_published_secured_document_offline() {
    assertThat(EddsaJcs2022.verify(signed))
        .contains("did:key:" + keyPair.get("publicKeyMultibase"));
    CredentialVerifier verifier =
        CredentialVerifier.of(
            java.util.Set.of("did:key:" + keyPair.get("publicKeyMultibase")), java.util.List.of());
    // The vector's issuer is a URL, not the did:key that signed it: the proof is genuine but the
    // verifier, which binds issuer to key, reports it as not matching.
    assertThat(verifier.verify(resource("eddsa-jcs-2022/signedJCS.json"), Instant.EPOCH))
        .isEqualTo(CredentialCheck.TAMPERED);
  }

  @Test
  void the_published_document_with_a_changed_value_does_not_verify() {
    Map<String, Object> altered = new LinkedHashMap<>(signed);
    altered.put("name", "Alumni Credential!");
    assertThat(EddsaJcs2022.verify(altered)).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> proof = new LinkedHashMap<>((Map<String, Object>) signed.get("proof"));
    proof.put("created", "2023-02-24T23:36:39Z");
    Map<String, Object> reproofed = new LinkedHashMap<>(signed);
    reproofed.put("proof", proof);
    assertThat(EddsaJcs2022.verify(reproofed)).isEmpty();
  }

  @Test
  void the_published_private_key_belongs_to_the_published_public_key() throws Exception {
    // The JDK's Ed25519 generator takes its 32-byte private key from the random source.
    byte[] bytes = Multibase.decodeBase58btc(str(keyPair.get("privateKeyMultibase")));
    byte[] seed = Arrays.copyOfRange(bytes, 2, 34);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(
        NamedParameterSpec.ED25519,
        new SecureRandom() {
          private static final long serialVersionUID = 1L;

          @Override
          public void nextBytes(byte[] out) {
            System.arraycopy(seed, 0, out, 0, out.length);
          }
        });
    KeyPair pair = generator.generateKeyPair();
    assertThat(DidKey.publicKeyMultibase(pair.getPublic()))
        .isEqualTo(keyPair.get("publicKeyMultibase"));
  }
}
