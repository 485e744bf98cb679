package org.tatawwu.impl.hours;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.volunteer.VolunteerId;

/**
 * How the ledger keeps the free-text notes of entries and events (rejection and correction
 * reasons): with a vault, each note is sealed under its volunteer's key before the event reaches
 * the store or the ledger's columns, and opened on reading ({@link PersonalDataVault#ERASED_TEXT}
 * once the volunteer is erased); without one, notes are kept as typed. Immutable and thread-safe
 * (as thread-safe as the vault).
 */
final class NoteSeal {
  /** Keeps notes as typed. */
  static final NoteSeal PLAIN = new NoteSeal(null);

  private final @Nullable PersonalDataVault vault;

  private NoteSeal(@Nullable PersonalDataVault vault) {
    this.vault = vault;
  }

  /** Seals notes with a vault. */
  static NoteSeal with(PersonalDataVault vault) {
    return new NoteSeal(java.util.Objects.requireNonNull(vault, "vault"));
  }

  /** The event with its note and its entry's note sealed; the event itself without a vault. */
  HourEvent seal(HourEvent event) {
    PersonalDataVault v = vault;
    if (v == null || (event.note().isEmpty() && event.entry().note().isEmpty())) {
      return event;
    }
    HourEntry entry = event.entry();
    VolunteerId who = entry.volunteer();
    Optional<String> entryNote = entry.note().map(n -> v.seal(who, n));
    return new HourEvent(
        event.sequence(),
        event.at(),
        event.actor(),
        event.type(),
        entryNote.isEmpty() ? entry : entry.withNote(entryNote),
        event.note().map(n -> v.seal(who, n)));
  }

  /** A stored note as it reads: opened, {@link PersonalDataVault#ERASED_TEXT} once erased. */
  @Nullable String open(VolunteerId volunteer, @Nullable String stored) {
    PersonalDataVault v = vault;
    if (v == null || stored == null) {
      return stored;
    }
    return v.open(volunteer, stored).orElse(PersonalDataVault.ERASED_TEXT);
  }

  @Override
  public String toString() {
    return vault == null ? "NoteSeal[plain]" : "NoteSeal[vault]";
  }
}
