package org.tatawwu.impl.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.tatawwu.certificate.CertificateIssuer;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.certificate.SignedCertificate;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.text.Identifiers;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Issues hour certificates from a ledger's approved entries and signs them with Ed25519 (the JDK's
 * provider). Serials are {@code <issuer>-<sequence>-<code>}, the code eight random characters a
 * person can read out to look a certificate up. Thread-safe.
 */
public final class Ed25519CertificateIssuer implements CertificateIssuer {
  private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final String id;
  private final KeyPair keys;
  private final HourLedger ledger;
  private final OpportunityDirectory directory;
  private final Clock clock;
  private final FieldCatalogue catalogue = FieldCatalogue.DEFAULT;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong sequence = new AtomicLong();

  /**
   * Creates the issuer.
   *
   * @param id the issuer's identifier
   * @param keys an Ed25519 key pair
   * @param ledger the hour ledger
   * @param directory entity and opportunity look-up
   * @param clock the clock
   * @throws IllegalArgumentException if the keys are not Ed25519
   */
  public Ed25519CertificateIssuer(
      String id, KeyPair keys, HourLedger ledger, OpportunityDirectory directory, Clock clock) {
    this.id = Identifiers.check(id, "issuerId");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    String algorithm = keys.getPublic().getAlgorithm();
    if (!"Ed25519".equals(algorithm) && !"EdDSA".equals(algorithm)) {
      throw new IllegalArgumentException("certificates are signed with Ed25519 keys");
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public PublicKey publicKey() {
    return keys.getPublic();
  }

  @Override
  public SignedCertificate issue(VolunteerId volunteer, BilingualText holder, DateRange period) {
    List<HourEntry> approved =
        ledger.entries(volunteer).stream()
            .filter(e -> e.status() == HourStatus.APPROVED && period.contains(e.day()))
            .toList();
    if (approved.isEmpty()) {
      throw new InvalidValueException("certificate.empty", "no approved hours in the period");
    }
    long minutes = 0;
    LocalDate first = approved.get(0).day();
    LocalDate last = first;
    Set<BilingualText> entities = new LinkedHashSet<>();
    Set<BilingualText> work = new LinkedHashSet<>();
    Set<BilingualText> experience = new LinkedHashSet<>();
    for (HourEntry e : approved) {
      minutes = Math.addExact(minutes, e.creditedMinutes());
      first = e.day().isBefore(first) ? e.day() : first;
      last = e.day().isAfter(last) ? e.day() : last;
      directory.entity(e.entity()).map(ParticipatingEntity::name).ifPresent(entities::add);
      name(e.field().topLevel()).ifPresent(work::add);
      directory
          .opportunity(e.opportunity())
          .flatMap(Opportunity::subField)
          .flatMap(this::name)
          .ifPresent(experience::add);
    }
    HourCertificate c =
        new HourCertificate(
            id + "-" + sequence.incrementAndGet() + "-" + code(),
            id,
            clock.instant(),
            volunteer,
            holder,
            DateRange.of(first, last),
            minutes,
            approved.size(),
            List.copyOf(entities),
            List.copyOf(work),
            List.copyOf(experience));
    return new SignedCertificate(c, sign(SignedCertificate.canonicalForm(c)));
  }

  private java.util.Optional<BilingualText> name(FieldCode code) {
    return catalogue.find(code).map(f -> f.name());
  }

  private String code() {
    StringBuilder b = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      b.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  private byte[] sign(byte[] content) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(keys.getPrivate());
      ed.update(content);
      return ed.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }
}
