package org.tatawwu.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A certificate and its Ed25519 signature over the certificate's canonical form. {@link #encode()}
 * gives a portable UTF-8 text document (one {@code key=value} per line, the signature last, in
 * canonical Base64) that {@link #parse(String)} reads back exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SignedCertificate {
  /** The document format and its version, the first line of every document. */
  public static final String FORMAT = "tatawwu-certificate/1";

  private final HourCertificate certificate;
  private final byte[] signature;

  /**
   * Pairs a certificate with its signature.
   *
   * @param certificate the content, not null
   * @param signature the Ed25519 signature of {@link #canonicalForm(HourCertificate)}, copied
   */
  public SignedCertificate(HourCertificate certificate, byte[] signature) {
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.signature = signature.clone();
  }

  /**
   * Returns the certificate.
   *
   * @return the content
   */
  public HourCertificate certificate() {
    return certificate;
  }

  /**
   * Returns a copy of the signature.
   *
   * @return the 64 signature bytes
   */
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedCertificate other
        && certificate.equals(other.certificate)
        && Arrays.equals(signature, other.signature);
  }

  @Override
  public int hashCode() {
    return certificate.hashCode() * 31 + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "SignedCertificate[serial="
        + certificate.serial()
        + ", issuer="
        + certificate.issuer()
        + "]";
  }

  /**
   * Returns the exact bytes that are signed: the document without its signature line.
   *
   * @param c the certificate, not null
   * @return UTF-8 bytes
   */
  public static byte[] canonicalForm(HourCertificate c) {
    StringBuilder b = new StringBuilder(512);
    b.append(FORMAT).append('\n');
    line(b, "serial", c.serial());
    line(b, "issuer", c.issuer());
    line(b, "issuedAt", c.issuedAt().toString());
    line(b, "volunteer", c.volunteer().value());
    line(b, "holder", pair(c.holder()));
    line(b, "period", c.period().first() + "/" + c.period().last());
    line(b, "minutes", Long.toString(c.approvedMinutes()));
    line(b, "participations", Integer.toString(c.participations()));
    c.entities().forEach(t -> line(b, "entity", pair(t)));
    c.typesOfWork().forEach(t -> line(b, "work", pair(t)));
    c.experience().forEach(t -> line(b, "experience", pair(t)));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the document: the canonical form and the signature line.
   *
   * @return the UTF-8 text
   */
  public String encode() {
    return new String(canonicalForm(certificate), StandardCharsets.UTF_8)
        + "signature="
        + Base64.getEncoder().encodeToString(signature)
        + "\n";
  }

  /** The longest document {@link #parse(String)} reads, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 65_536;

  /**
   * Reads a document strictly: the format line, the keys in order, canonical Base64, and nothing
   * that would not be written back byte for byte. Runs in time linear in the document's length.
   *
   * @param document the text, not null, at most {@link #MAX_DOCUMENT_LENGTH} characters
   * @return the signed certificate (not yet verified)
   * @throws InvalidValueException with code {@code certificate.malformed} if it is not such a
   *     document or is longer than {@link #MAX_DOCUMENT_LENGTH}
   */
  public static SignedCertificate parse(String document) {
    if (document.length() > MAX_DOCUMENT_LENGTH) {
      throw malformed();
    }
    try {
      List<String> lines = List.of(document.split("\n", -1));
      if (lines.size() < 11
          || !lines.get(0).equals(FORMAT)
          || !lines.get(lines.size() - 1).isEmpty()) {
        throw malformed();
      }
      int[] at = {1};
      String serial = value(lines, at, "serial");
      String issuer = value(lines, at, "issuer");
      Instant issuedAt = Instant.parse(value(lines, at, "issuedAt"));
      VolunteerId volunteer = VolunteerId.of(value(lines, at, "volunteer"));
      BilingualText holder = unpair(value(lines, at, "holder"));
      String[] period = value(lines, at, "period").split("/", -1);
      if (period.length != 2) {
        throw malformed();
      }
      long minutes = Long.parseLong(value(lines, at, "minutes"));
      int participations = Integer.parseInt(value(lines, at, "participations"));
      List<BilingualText> entities = repeated(lines, at, "entity");
      List<BilingualText> work = repeated(lines, at, "work");
      List<BilingualText> experience = repeated(lines, at, "experience");
      String sig = value(lines, at, "signature");
      if (at[0] != lines.size() - 1) {
        throw malformed();
      }
      byte[] signature = Base64.getDecoder().decode(sig);
      if (!Base64.getEncoder().encodeToString(signature).equals(sig)) {
        throw malformed();
      }
      HourCertificate c =
          new HourCertificate(
              serial,
              issuer,
              issuedAt,
              volunteer,
              holder,
              DateRange.of(LocalDate.parse(period[0]), LocalDate.parse(period[1])),
              minutes,
              participations,
              entities,
              work,
              experience);
      SignedCertificate signed = new SignedCertificate(c, signature);
      // Lenient parsers (a lower-case 't' in a timestamp, a '+' before a number) must not let
      // two different documents carry one signature: only the canonical text is accepted.
      if (!signed.encode().equals(document)) {
        throw malformed();
      }
      return signed;
    } catch (RuntimeException e) {
      throw e instanceof InvalidValueException ive && ive.code().equals("certificate.malformed")
          ? ive
          : malformed();
    }
  }

  private static InvalidValueException malformed() {
    return new InvalidValueException("certificate.malformed", "not a Tatawwu certificate document");
  }

  private static String value(List<String> lines, int[] at, String key) {
    String line = lines.get(at[0]);
    if (!line.startsWith(key + "=")) {
      throw malformed();
    }
    at[0]++;
    return unescape(line.substring(key.length() + 1));
  }

  private static List<BilingualText> repeated(List<String> lines, int[] at, String key) {
    List<BilingualText> out = new ArrayList<>();
    while (lines.get(at[0]).startsWith(key + "=")) {
      out.add(unpair(value(lines, at, key)));
    }
    return out;
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(key).append('=').append(escape(value)).append('\n');
  }

  private static String pair(BilingualText t) {
    return t.arabic().replace("%", "%25").replace("|", "%7C")
        + "|"
        + t.english().replace("%", "%25").replace("|", "%7C");
  }

  private static BilingualText unpair(String s) {
    String[] parts = s.split("\\|", -1);
    if (parts.length != 2) {
      throw malformed();
    }
    return BilingualText.of(
        parts[0].replace("%7C", "|").replace("%25", "%"),
        parts[1].replace("%7C", "|").replace("%25", "%"));
  }

  private static String escape(String s) {
    return s.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
  }

  private static String unescape(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }
}
