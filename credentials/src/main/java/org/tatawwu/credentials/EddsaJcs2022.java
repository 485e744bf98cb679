package org.tatawwu.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;

/**
 * The W3C Data Integrity cryptosuite {@code eddsa-jcs-2022} (Data Integrity EdDSA Cryptosuites
 * v1.0, §3.3): a {@code DataIntegrityProof} whose {@code proofValue} is the base58btc Ed25519
 * signature of SHA-256(JCS(proof configuration)) followed by SHA-256(JCS(document without proof)).
 *
 * <p>Why this suite rather than VC-JOSE with EdDSA: the credential stays a plain JSON document that
 * any Verifiable Credentials tool reads and displays as it is (a JWT hides it in Base64), the proof
 * needs only RFC 8785 canonicalisation (no JSON-LD processing, no remote contexts, unlike {@code
 * eddsa-rdfc-2022}), the W3C publishes test vectors for it (reproduced byte for byte in this
 * module's tests), and Open Badges 3.0 accepts Data Integrity proofs with {@code did:key} issuers,
 * so verification needs nothing online.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EddsaJcs2022 {
  /** The cryptosuite's name. */
  public static final String CRYPTOSUITE = "eddsa-jcs-2022";

  private EddsaJcs2022() {}

  /**
   * Adds a proof to a document.
   *
   * @param document the unsecured document, not null; it must not already have a proof
   * @param key the Ed25519 private key, not null
   * @param verificationMethod the key's identifier, written in the proof, not null
   * @param created when the proof is made (kept to whole seconds), not null
   * @return a copy of the document with its {@code proof}
   * @throws InvalidValueException with code {@code credential.proof} if the document has a proof
   */
  public static Map<String, Object> secure(
      Map<String, Object> document, PrivateKey key, String verificationMethod, Instant created) {
    if (document.containsKey("proof")) {
      throw new InvalidValueException("credential.proof", "the document already has a proof");
    }
    Map<String, Object> proof = new LinkedHashMap<>();
    proof.put("type", "DataIntegrityProof");
    proof.put("cryptosuite", CRYPTOSUITE);
    proof.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
    proof.put("verificationMethod", Objects.requireNonNull(verificationMethod));
    proof.put("proofPurpose", "assertionMethod");
    Object context = document.get("@context");
    if (context != null) {
      proof.put("@context", context);
    }
    byte[] signature = sign(hashData(proof, document), key);
    proof.put("proofValue", Multibase.base58btc(signature));
    Map<String, Object> secured = new LinkedHashMap<>(document);
    secured.put("proof", proof);
    return secured;
  }

  /**
   * Verifies a document's proof, resolving its {@code did:key} verification method offline.
   *
   * @param secured the document with its proof, not null
   * @return the {@code did:key} (without fragment) whose key made the proof, or empty if there is
   *     no single well-formed {@code eddsa-jcs-2022} proof (an object, or an array of exactly one
   *     object, as Open Badges 3.0 writes it) or it does not verify
   */
  public static Optional<String> verify(Map<String, Object> secured) {
    @Nullable Object proofMember = secured.get("proof");
    if (proofMember instanceof List<?> proofs && proofs.size() == 1) {
      proofMember = proofs.get(0);
    }
    if (!(proofMember instanceof Map<?, ?> rawProof)) {
      return Optional.empty();
    }
    Map<String, Object> proof = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : rawProof.entrySet()) {
      proof.put(String.valueOf(e.getKey()), e.getValue());
    }
    if (!"DataIntegrityProof".equals(proof.get("type"))
        || !CRYPTOSUITE.equals(proof.get("cryptosuite"))
        || !"assertionMethod".equals(proof.get("proofPurpose"))
        || !(proof.remove("proofValue") instanceof String proofValue)
        || !(proof.get("verificationMethod") instanceof String method)
        || !(proof.get("created") instanceof String created)) {
      return Optional.empty();
    }
    Map<String, Object> document = new LinkedHashMap<>(secured);
    document.remove("proof");
    Object proofContext = proof.get("@context");
    if (proofContext != null && !startsWith(document.get("@context"), proofContext)) {
      return Optional.empty();
    }
    try {
      Instant.parse(created);
      PublicKey key = DidKey.resolve(method);
      byte[] signature = Multibase.decodeBase58btc(proofValue);
      if (signature.length != 64 || !verify(hashData(proof, document), signature, key)) {
        return Optional.empty();
      }
      int hash = method.indexOf('#');
      return Optional.of(hash < 0 ? method : method.substring(0, hash));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** SHA-256(JCS(proof configuration)) || SHA-256(JCS(document)). */
  static byte[] hashData(Map<String, Object> proofConfig, Map<String, Object> document) {
    byte[] proofHash = sha256(Json.canonical(proofConfig));
    byte[] docHash = sha256(Json.canonical(document));
    byte[] out = new byte[64];
    System.arraycopy(proofHash, 0, out, 0, 32);
    System.arraycopy(docHash, 0, out, 32, 32);
    return out;
  }

  private static boolean startsWith(@Nullable Object documentContext, Object proofContext) {
    List<?> doc =
        documentContext instanceof List<?> l ? l : List.of(String.valueOf(documentContext));
    List<?> prefix = proofContext instanceof List<?> l ? l : List.of(String.valueOf(proofContext));
    return documentContext != null
        && doc.size() >= prefix.size()
        && doc.subList(0, prefix.size()).equals(prefix);
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  static byte[] sign(byte[] data, PrivateKey key) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(key);
      ed.update(data);
      return ed.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  private static boolean verify(byte[] data, byte[] signature, PublicKey key) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update(data);
      return ed.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
