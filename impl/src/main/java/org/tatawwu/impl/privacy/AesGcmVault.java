package org.tatawwu.impl.privacy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The vault: a random 256-bit AES key per volunteer, wrapped with the master key (AES-GCM, the
 * volunteer's id as associated data) before the store sees it; each version of the personal data
 * sealed with the volunteer's key (AES-GCM, 96-bit random nonce, 128-bit tag, the volunteer's id as
 * associated data, so a record moved to another volunteer fails authentication). JDK providers
 * only. Thread-safe: one lock per vault.
 *
 * <p>Record layout: {@code [format 1][nonce 12][ciphertext and tag]}; plaintext: a count byte, then
 * per field its name and its value in modified UTF-8 ({@link DataOutputStream#writeUTF}). A sealed
 * text ({@link #seal}) is the same layout over the text's UTF-8 bytes, with its own associated data
 * ({@code tatawwu vault text <id>}), so a personal data record cannot pass for a text or the
 * reverse.
 */
final class AesGcmVault implements PersonalDataVault {
  private static final byte FORMAT = 1;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final String PSEUDONYM_PREFIX = "vault:";
  private static final String SEALED_PREFIX = "vault-sealed:";

  private final VaultStore store;
  private final SecretKey master;
  private final SecureRandom random = new SecureRandom();

  AesGcmVault(VaultStore store, SecretKey master) {
    this.store = Objects.requireNonNull(store, "store");
    this.master = Objects.requireNonNull(master, "masterKey");
    byte[] encoded = master.getEncoded();
    if (!"AES".equals(master.getAlgorithm())
        || encoded == null
        || (encoded.length != 16 && encoded.length != 24 && encoded.length != 32)) {
      throw new InvalidValueException(
          "privacy.masterKey", "the master key is an AES key of 128, 192 or 256 bits");
    }
  }

  @Override
  public synchronized void put(VolunteerId subject, PersonalData data) {
    Objects.requireNonNull(data, "data");
    List<Violation> refused = new ArrayList<>();
    if (store.destroyed(Objects.requireNonNull(subject, "subject"))) {
      refused.add(Violation.of("privacy.subject.erased"));
    }
    refused.addAll(PersonalValues.problems(data));
    if (!refused.isEmpty()) {
      throw PrivacyMessages.refuse(refused);
    }
    byte[] plaintext = encode(data);
    Optional<byte[]> wrapped = store.key(subject);
    if (wrapped.isEmpty()) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      try {
        // The key and the first record in one change: never a record without its key.
        store.putKeyAndAppend(subject, wrap(subject, key), seal(subject, key, plaintext));
        return;
      } catch (IllegalStateException lostRace) {
        // Another node gave the volunteer a key (or erased them) first: nothing was kept here.
        if (store.destroyed(subject)) {
          throw PrivacyMessages.refuse(List.of(Violation.of("privacy.subject.erased")));
        }
        wrapped = store.key(subject);
        if (wrapped.isEmpty()) {
          throw lostRace;
        }
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    }
    byte[] key = unwrap(subject, wrapped.get());
    try {
      store.append(subject, seal(subject, key, plaintext));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public Optional<PersonalData> read(VolunteerId subject) {
    List<PersonalData> all = versions(subject);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public synchronized List<PersonalData> versions(VolunteerId subject) {
    Optional<byte[]> wrapped = store.key(Objects.requireNonNull(subject, "subject"));
    if (wrapped.isEmpty()) {
      return List.of();
    }
    byte[] key = unwrap(subject, wrapped.get());
    try {
      List<PersonalData> out = new ArrayList<>();
      for (byte[] sealed : store.sealed(subject)) {
        out.add(decode(open(subject, key, sealed)));
      }
      return List.copyOf(out);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public synchronized boolean erase(VolunteerId subject) {
    return store.destroyKey(Objects.requireNonNull(subject, "subject"));
  }

  @Override
  public Set<VolunteerId> subjects() {
    Set<VolunteerId> out = new HashSet<>();
    for (VolunteerId s : store.subjects()) {
      if (!store.destroyed(s)) {
        out.add(s);
      }
    }
    return Set.copyOf(out);
  }

  @Override
  public boolean erased(VolunteerId subject) {
    return store.destroyed(Objects.requireNonNull(subject, "subject"));
  }

  @Override
  public synchronized BilingualText holderPseudonym(VolunteerId subject) {
    if (store.destroyed(Objects.requireNonNull(subject, "subject"))) {
      throw PrivacyMessages.refuse(List.of(Violation.of("privacy.subject.erased")));
    }
    Optional<byte[]> wrapped = store.key(subject);
    Optional<BilingualText> name = read(subject).flatMap(PersonalData::name);
    if (wrapped.isEmpty() || name.isEmpty()) {
      throw PrivacyMessages.refuse(List.of(Violation.of("privacy.subject.unknown")));
    }
    byte[] key = unwrap(subject, wrapped.get());
    try {
      String p = pseudonym(key, name.get());
      return BilingualText.of(p, p);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public synchronized Optional<BilingualText> resolveHolder(
      VolunteerId subject, BilingualText holder) {
    Objects.requireNonNull(holder, "holder");
    Optional<byte[]> wrapped = store.key(Objects.requireNonNull(subject, "subject"));
    if (wrapped.isEmpty() || !holder.arabic().startsWith(PSEUDONYM_PREFIX)) {
      return Optional.empty();
    }
    List<PersonalData> all = versions(subject);
    byte[] key = unwrap(subject, wrapped.get());
    try {
      for (PersonalData version : all) {
        Optional<BilingualText> name = version.name();
        if (name.isPresent()
            && MessageDigest.isEqual(
                pseudonym(key, name.get()).getBytes(StandardCharsets.US_ASCII),
                holder.arabic().getBytes(StandardCharsets.UTF_8))
            && holder.english().equals(holder.arabic())) {
          return all.get(all.size() - 1).name();
        }
      }
      return Optional.empty();
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public synchronized String seal(VolunteerId subject, String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > PersonalData.MAX_VALUE_LENGTH) {
      throw PrivacyMessages.refuse(List.of(Violation.of("privacy.seal.tooLong")));
    }
    byte[] key;
    if (store.destroyed(Objects.requireNonNull(subject, "subject"))) {
      key = new byte[32]; // a key no one keeps: the text is never readable
      random.nextBytes(key);
    } else {
      Optional<byte[]> wrapped = store.key(subject);
      if (wrapped.isPresent()) {
        key = unwrap(subject, wrapped.get());
      } else {
        key = new byte[32];
        random.nextBytes(key);
        store.putKey(subject, wrap(subject, key));
      }
    }
    try {
      byte[] sealed =
          encrypt(
              new SecretKeySpec(key, "AES"),
              aad("text", subject),
              text.getBytes(StandardCharsets.UTF_8),
              true);
      return SEALED_PREFIX + Base64.getEncoder().encodeToString(sealed);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public synchronized Optional<String> open(VolunteerId subject, String text) {
    Objects.requireNonNull(subject, "subject");
    if (!Objects.requireNonNull(text, "text").startsWith(SEALED_PREFIX)) {
      return Optional.of(text);
    }
    if (store.destroyed(subject)) {
      return Optional.empty();
    }
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(text.substring(SEALED_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a sealed text is damaged", e);
    }
    Optional<byte[]> wrapped = store.key(subject);
    if (wrapped.isEmpty()) {
      throw new IllegalStateException("a sealed text names a volunteer without a key");
    }
    byte[] key = unwrap(subject, wrapped.get());
    try {
      return Optional.of(
          new String(
              decrypt(new SecretKeySpec(key, "AES"), aad("text", subject), sealed, true),
              StandardCharsets.UTF_8));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** {@code vault:} and the HMAC-SHA-256 of the name under a key derived from the subject's. */
  private static String pseudonym(byte[] subjectKey, BilingualText name) {
    try {
      Mac derive = Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(subjectKey, "HmacSHA256"));
      byte[] holderKey =
          derive.doFinal("tatawwu holder pseudonym".getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(holderKey, "HmacSHA256"));
      Arrays.fill(holderKey, (byte) 0);
      byte[] tag =
          mac.doFinal((name.arabic() + '\u0000' + name.english()).getBytes(StandardCharsets.UTF_8));
      return PSEUDONYM_PREFIX + HexFormat.of().formatHex(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  private byte[] wrap(VolunteerId subject, byte[] key) {
    return encrypt(master, aad("key", subject), key, false);
  }

  private byte[] unwrap(VolunteerId subject, byte[] wrapped) {
    return decrypt(master, aad("key", subject), wrapped, false);
  }

  private byte[] seal(VolunteerId subject, byte[] key, byte[] plaintext) {
    return encrypt(new SecretKeySpec(key, "AES"), aad("data", subject), plaintext, true);
  }

  private byte[] open(VolunteerId subject, byte[] key, byte[] sealed) {
    return decrypt(new SecretKeySpec(key, "AES"), aad("data", subject), sealed, true);
  }

  private static byte[] aad(String purpose, VolunteerId subject) {
    return ("tatawwu vault " + purpose + " " + subject.value()).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] encrypt(SecretKey key, byte[] aad, byte[] plaintext, boolean formatByte) {
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad);
      byte[] body = c.doFinal(plaintext);
      int head = formatByte ? 1 : 0;
      byte[] out = new byte[head + NONCE + body.length];
      if (formatByte) {
        out[0] = FORMAT;
      }
      System.arraycopy(nonce, 0, out, head, NONCE);
      System.arraycopy(body, 0, out, head + NONCE, body.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static byte[] decrypt(SecretKey key, byte[] aad, byte[] in, boolean formatByte) {
    int head = formatByte ? 1 : 0;
    if (in.length < head + NONCE + TAG_BITS / 8 || (formatByte && in[0] != FORMAT)) {
      throw new IllegalStateException("a vault record is damaged");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, head, NONCE));
      c.updateAAD(aad);
      return c.doFinal(in, head + NONCE, in.length - head - NONCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a vault record failed authentication (damaged, moved, or another master key)", e);
    }
  }

  private static byte[] encode(PersonalData data) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(data.values().size());
      for (Map.Entry<PersonalField, String> e : data.values().entrySet()) {
        out.writeUTF(e.getKey().name());
        out.writeUTF(e.getValue());
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PersonalData decode(byte[] plaintext) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext));
      int n = in.readUnsignedByte();
      Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
      for (int i = 0; i < n; i++) {
        PersonalField field;
        try {
          field = PersonalField.valueOf(in.readUTF());
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("a vault record names an unknown field", e);
        }
        m.put(field, in.readUTF());
      }
      Arrays.fill(plaintext, (byte) 0);
      return PersonalData.of(m);
    } catch (IOException e) {
      throw new IllegalStateException("a vault record is damaged", e);
    }
  }

  @Override
  public String toString() {
    return "AesGcmVault[subjects=" + store.subjects().size() + "]";
  }
}
