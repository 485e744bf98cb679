package org.tatawwu.credentials;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.tatawwu.validation.InvalidValueException;

/**
 * Ed25519 keys as {@code did:key} identifiers and multibase texts (W3C did:key method, multicodec
 * {@code ed25519-pub} 0xed01 and {@code ed25519-priv} 0x8026, base58btc): what lets a verifier
 * check a credential offline, with nothing but the identifier in its proof.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DidKey {
  private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
  private static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};

  /** The DER prefix of an X.509 SubjectPublicKeyInfo holding a 32-byte Ed25519 key. */
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private DidKey() {}

  /**
   * Returns the multibase text of an Ed25519 public key ({@code z6Mk...}).
   *
   * @param key an Ed25519 public key, not null
   * @return the multibase text
   * @throws InvalidValueException with code {@code didKey.algorithm} if it is not an Ed25519 key
   */
  public static String publicKeyMultibase(PublicKey key) {
    byte[] spki = key.getEncoded();
    if (spki == null
        || spki.length != SPKI_PREFIX.length + 32
        || !Multibase.startsWith(spki, SPKI_PREFIX)) {
      throw new InvalidValueException("didKey.algorithm", "a did:key here holds an Ed25519 key");
    }
    byte[] raw = Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
    return Multibase.base58btc(concat(ED25519_PUB, raw));
  }

  /**
   * Returns the {@code did:key} identifier of an Ed25519 public key.
   *
   * @param key an Ed25519 public key, not null
   * @return {@code did:key:z6Mk...}
   * @throws InvalidValueException with code {@code didKey.algorithm} if it is not an Ed25519 key
   */
  public static String of(PublicKey key) {
    return "did:key:" + publicKeyMultibase(key);
  }

  /**
   * Returns the verification method of a {@code did:key}: the identifier, {@code #}, and its
   * multibase key again.
   *
   * @param key an Ed25519 public key, not null
   * @return {@code did:key:z6Mk...#z6Mk...}
   * @throws InvalidValueException with code {@code didKey.algorithm} if it is not an Ed25519 key
   */
  public static String verificationMethod(PublicKey key) {
    String multibase = publicKeyMultibase(key);
    return "did:key:" + multibase + "#" + multibase;
  }

  /**
   * Resolves a {@code did:key} identifier, or one of its verification methods, to its public key.
   *
   * @param did {@code did:key:z6Mk...} optionally followed by {@code #z6Mk...} (the same key), not
   *     null
   * @return the Ed25519 public key
   * @throws InvalidValueException with code {@code didKey.format} if it is not an Ed25519 did:key
   */
  public static PublicKey resolve(String did) {
    if (!did.startsWith("did:key:")) {
      throw malformed();
    }
    String rest = did.substring("did:key:".length());
    int hash = rest.indexOf('#');
    String multibase = hash < 0 ? rest : rest.substring(0, hash);
    if (hash >= 0 && !rest.substring(hash + 1).equals(multibase)) {
      throw malformed();
    }
    return publicKeyFromMultibase(multibase);
  }

  /**
   * Reads an Ed25519 public key from its multibase text ({@code z6Mk...}).
   *
   * @param multibase the text, not null
   * @return the key
   * @throws InvalidValueException with code {@code didKey.format} if it is not such a key
   */
  public static PublicKey publicKeyFromMultibase(String multibase) {
    byte[] bytes;
    try {
      bytes = Multibase.decodeBase58btc(multibase);
    } catch (InvalidValueException e) {
      throw malformed();
    }
    if (bytes.length != 34 || !Multibase.startsWith(bytes, ED25519_PUB)) {
      throw malformed();
    }
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(
              new X509EncodedKeySpec(concat(SPKI_PREFIX, Arrays.copyOfRange(bytes, 2, 34))));
    } catch (GeneralSecurityException e) {
      throw malformed();
    }
  }

  /**
   * Reads an Ed25519 private key from its multibase text (multicodec {@code ed25519-priv} and the
   * 32-byte seed, as the W3C test vectors publish it).
   *
   * @param multibase the text, not null
   * @return the key
   * @throws InvalidValueException with code {@code didKey.format} if it is not such a key
   */
  public static PrivateKey privateKeyFromMultibase(String multibase) {
    byte[] bytes;
    try {
      bytes = Multibase.decodeBase58btc(multibase);
    } catch (InvalidValueException e) {
      throw malformed();
    }
    if (bytes.length != 34 || !Multibase.startsWith(bytes, ED25519_PRIV)) {
      throw malformed();
    }
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(
              new EdECPrivateKeySpec(NamedParameterSpec.ED25519, Arrays.copyOfRange(bytes, 2, 34)));
    } catch (GeneralSecurityException e) {
      throw malformed();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static InvalidValueException malformed() {
    return new InvalidValueException("didKey.format", "not an Ed25519 did:key");
  }
}
