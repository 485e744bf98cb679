package org.tatawwu.impl.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A consent register over a {@link ConsentStore}: an append-only history per volunteer, every
 * answer read from the store. The entry deciding an instant is the latest at or before it (ties:
 * the one recorded last), so a clock that steps back cannot reorder history. Thread-safe when the
 * store is (one lock orders this register's own check-then-append; O(h) per question for h entries
 * of the volunteer).
 */
final class StoredConsentRegister implements ConsentRegister {
  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

  private final Clock clock;
  private final Map<PurposeId, Purpose> purposes;
  private final ConsentStore store;
  private final @Nullable PersonalDataVault vault;

  StoredConsentRegister(
      Clock clock, List<Purpose> purposes, ConsentStore store, @Nullable PersonalDataVault vault) {
    this.vault = vault;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = Objects.requireNonNull(store, "store");
    Map<PurposeId, Purpose> byId = new LinkedHashMap<>();
    for (Purpose p : purposes) {
      if (byId.put(p.id(), p) != null) {
        throw new InvalidValueException(
            "privacy.purpose.duplicate", "two purposes share an identifier");
      }
    }
    this.purposes = byId;
  }

  @Override
  public synchronized ConsentRecord give(
      VolunteerId subject, PurposeId purpose, NoticeVersion notice, ConsentGiver by) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(by, "by");
    Purpose p = purposes.get(Objects.requireNonNull(purpose, "purpose"));
    List<Violation> refused = new ArrayList<>();
    if (p == null) {
      refused.add(Violation.of("privacy.purpose.unknown", "purpose", purpose.value()));
    } else if (!p.basis().needsConsent()) {
      refused.add(
          Violation.of(
              "privacy.purpose.noConsentNeeded", "purpose", purpose.value(), "basis", p.basis()));
    }
    PersonalDataVault v = vault;
    if (v != null && v.erased(subject)) {
      refused.add(Violation.of("privacy.consent.erased"));
    } else if (v != null && by == ConsentGiver.GUARDIAN && adult(v, subject)) {
      refused.add(Violation.of("privacy.consent.guardianForAdult"));
    }
    if (!refused.isEmpty()) {
      throw PrivacyMessages.refuse(refused);
    }
    return append(
        new ConsentRecord(
            subject,
            purpose,
            notice,
            by,
            ConsentRecord.Action.GIVEN,
            recordingInstant(lastRecorded(subject, purpose))));
  }

  /**
   * Whether the vault's birth date makes the volunteer 18 or older in completed Gregorian years on
   * the clock's day in Riyadh: adult under any age rule (18 Hijri years are fewer days).
   */
  private boolean adult(PersonalDataVault v, VolunteerId subject) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), RIYADH);
    return v.read(subject)
        .flatMap(d -> d.get(PersonalField.BIRTH_DATE))
        .flatMap(PersonalValues::parseBirthDate)
        .map(b -> b.ageOn(today, AgeCalendar.GREGORIAN) >= 18)
        .orElse(false);
  }

  /** The volunteer's entry for the purpose recorded last, if any. */
  private @Nullable ConsentRecord lastRecorded(VolunteerId subject, PurposeId purpose) {
    @Nullable ConsentRecord last = null;
    for (ConsentRecord r : store.history(subject)) {
      if (r.purpose().equals(purpose)) {
        last = r;
      }
    }
    return last;
  }

  /**
   * The clock's instant, or the last entry's if that is later (a node whose clock is ahead recorded
   * it, or this clock stepped back): an entry never goes back before the one recorded before it, so
   * the entry recorded last always decides from its instant on.
   */
  private Instant recordingInstant(@Nullable ConsentRecord last) {
    Instant now = clock.instant();
    return last != null && last.at().isAfter(now) ? last.at() : now;
  }

  @Override
  public synchronized ConsentRecord withdraw(
      VolunteerId subject, PurposeId purpose, ConsentGiver by) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(by, "by");
    known(purpose);
    ConsentRecord last = lastRecorded(subject, purpose);
    if (last == null || last.action() != ConsentRecord.Action.GIVEN) {
      throw PrivacyMessages.refuse(
          List.of(Violation.of("privacy.consent.notInForce", "purpose", purpose.value())));
    }
    return append(
        new ConsentRecord(
            subject,
            purpose,
            last.notice(),
            by,
            ConsentRecord.Action.WITHDRAWN,
            recordingInstant(last)));
  }

  @Override
  public Optional<ConsentRecord> latest(VolunteerId subject, PurposeId purpose, Instant at) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    @Nullable ConsentRecord best = null;
    for (ConsentRecord r : store.history(Objects.requireNonNull(subject, "subject"))) {
      if (r.purpose().equals(purpose)
          && !r.at().isAfter(at)
          && (best == null || !r.at().isBefore(best.at()))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public List<ConsentRecord> history(VolunteerId subject) {
    return List.copyOf(store.history(Objects.requireNonNull(subject, "subject")));
  }

  @Override
  public List<Purpose> purposes() {
    return List.copyOf(purposes.values());
  }

  /** Returns a declared purpose. */
  Purpose known(PurposeId purpose) {
    Purpose p = purposes.get(Objects.requireNonNull(purpose, "purpose"));
    if (p == null) {
      throw PrivacyMessages.refuse(
          List.of(Violation.of("privacy.purpose.unknown", "purpose", purpose.value())));
    }
    return p;
  }

  private ConsentRecord append(ConsentRecord r) {
    store.append(r);
    return r;
  }
}
