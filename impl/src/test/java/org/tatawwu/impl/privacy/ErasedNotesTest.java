package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.AuditRecord;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventFile;
import org.tatawwu.hours.HourEventStore;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourStatus;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.impl.hours.InMemoryHourEventStore;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.privacy.CopySources;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.SubjectCopy;
import org.tatawwu.time.TimeRange;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Free-text notes of the hour ledger (rejection and correction reasons) are sealed under the
 * volunteer's vault key: no store ever holds them readable, the ledger reads them while the key
 * exists, and after erasure they are unreadable in the in-memory store, the file store, the ledger
 * (entries, audit) and the volunteer's copy, while the totals still hold.
 */
class ErasedNotesTest {
  static final VolunteerId SARA = CryptoShreddingTest.SARA;
  static final VolunteerId OMAR = CryptoShreddingTest.OMAR;

  @TempDir Path dir;

  /** Notes unique to this run, so that a scan finds only this test's bytes. */
  final String tag = HexFormat.of().toHexDigits(new Random().nextLong());

  final String rejectReason = "رفض: لم تحضر سارة " + tag;
  final String correctionReason = "Sara left early for a doctor's visit " + tag;
  final String omarReason = "Omar's sheet is unsigned " + tag;

  final ErasureKeepsTheBooksTest fixture = new ErasureKeepsTheBooksTest();
  final PersonalDataVault vault =
      Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), CryptoShreddingTest.aes());

  static HourSubmission submission(VolunteerId who, String key, String from, String to) {
    return HourSubmission.builder()
        .key(IdempotencyKey.of(key))
        .volunteer(who)
        .opportunity(OpportunityNumber.parse("20250000001"))
        .time(
            TimeRange.of(
                LocalDateTime.parse(from).atZone(ErasureKeepsTheBooksTest.RIYADH).toInstant(),
                LocalDateTime.parse(to).atZone(ErasureKeepsTheBooksTest.RIYADH).toInstant()))
        .source(HourSource.ATTENDANCE)
        .compulsory(false)
        .submittedBy("gate")
        .build();
  }

  HourLedger ledger(HourEventStore store, PersonalDataVault notes) {
    return Tatawwu.hourLedger(
        HourPolicy.DEFAULT, fixture.directory, store, ErasureKeepsTheBooksTest.CLOCK, notes);
  }

  /**
   * Sara: 240 approved minutes corrected to 180 (with a reason), one entry rejected (with a
   * reason); Omar: 60 approved minutes and one entry rejected.
   */
  void fill(HourLedger ledger) {
    HourEntry s1 = ledger.submit(submission(SARA, "s1", "2025-02-28T08:00", "2025-02-28T12:00"));
    ledger.approve(s1.id(), "m");
    HourEntry s2 = ledger.submit(submission(SARA, "s2", "2025-03-02T08:00", "2025-03-02T10:30"));
    assertThat(ledger.reject(s2.id(), "m", rejectReason).note()).contains(rejectReason);
    HourEntry fix =
        ledger.correct(
            s1.id(),
            submission(SARA, "s1-fix", "2025-02-28T08:00", "2025-02-28T11:00"),
            correctionReason);
    ledger.approve(fix.id(), "m");
    HourEntry o1 = ledger.submit(submission(OMAR, "o1", "2025-03-02T08:00", "2025-03-02T09:00"));
    ledger.approve(o1.id(), "m");
    HourEntry o2 = ledger.submit(submission(OMAR, "o2", "2025-03-03T08:00", "2025-03-03T09:00"));
    ledger.reject(o2.id(), "m", omarReason);
  }

  /** Every note (of events and of their entries) a store holds, as stored. */
  static List<String> storedNotes(HourEventStore store) {
    List<String> out = new ArrayList<>();
    store.replay(
        e -> {
          e.note().ifPresent(out::add);
          e.entry().note().ifPresent(out::add);
        });
    return out;
  }

  /** What the ledger and the copy show of a volunteer, as text. */
  static String shown(HourLedger ledger, VolunteerId who) {
    StringBuilder b = new StringBuilder();
    for (HourEntry e : ledger.entries(who)) {
      b.append(e.note().orElse("")).append('\n');
      for (AuditRecord a : ledger.audit(e.id())) {
        b.append(a.note().orElse("")).append('\n');
      }
    }
    SubjectCopy copy =
        Tatawwu.privacy()
            .copy(
                who,
                CopySources.builder().hours(ledger).build(),
                ErasureKeepsTheBooksTest.CLOCK.instant());
    b.append(copy.toTree()).append('\n');
    b.append(Tatawwu.privacy().render(copy, Locale.ENGLISH)).append('\n');
    b.append(Tatawwu.privacy().render(copy, Locale.forLanguageTag("ar")));
    return b.toString();
  }

  static Map<TotalsKey, HourTotals> national(HourLedger ledger) {
    return ledger.totals(Dimension.REGION, Bucket.YEAR, ErasureKeepsTheBooksTest.SPRING);
  }

  @Test
  void the_in_memory_store_never_holds_a_note_readable_and_erasure_leaves_none_anywhere() {
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    HourLedger ledger = ledger(store, vault);
    fill(ledger);
    List<String> notes = storedNotes(store);
    assertThat(notes).as("every note is stored, sealed").hasSize(8).allMatch(n -> !n.contains(tag));
    assertThat(String.join("\n", notes)).doesNotContain("Sara").doesNotContain("سارة");
    // While Sara's key exists, the ledger, the audit and her copy read her notes.
    assertThat(shown(ledger, SARA)).contains(rejectReason).contains(correctionReason);
    assertThat(ledger.entries(SARA))
        .filteredOn(e -> e.status() == HourStatus.REJECTED)
        .singleElement()
        .satisfies(e -> assertThat(e.note()).contains(rejectReason));
    HourTotals saraBefore = ledger.totals(SARA);
    Map<TotalsKey, HourTotals> nationalBefore = national(ledger);
    assertThat(saraBefore.approvedMinutes()).isEqualTo(180);
    long eventsBefore = store.size();

    assertThat(vault.erase(SARA)).isTrue();

    String shown = shown(ledger, SARA);
    assertThat(shown)
        .doesNotContain(tag)
        .contains(PersonalDataVault.ERASED_TEXT)
        .doesNotContain("vault-sealed:");
    assertThat(ledger.entries(SARA))
        .filteredOn(e -> e.status() == HourStatus.REJECTED)
        .singleElement()
        .satisfies(e -> assertThat(e.note()).contains(PersonalDataVault.ERASED_TEXT));
    // A new ledger replaying the store reads no note of Sara's either; Omar's stay readable.
    HourLedger replayed = ledger(store, vault);
    assertThat(shown(replayed, SARA)).doesNotContain(tag);
    assertThat(shown(replayed, OMAR)).contains(omarReason);
    // The books hold: the store was not rewritten, the totals did not move.
    assertThat(store.size()).isEqualTo(eventsBefore);
    assertThat(storedNotes(store)).isEqualTo(notes);
    for (HourLedger l : List.of(ledger, replayed)) {
      assertThat(l.totals(SARA)).isEqualTo(saraBefore);
      assertThat(national(l)).isEqualTo(nationalBefore);
    }
    // A note given after erasure is never readable either.
    HourEntry late =
        replayed.submit(submission(SARA, "s3", "2025-03-05T08:00", "2025-03-05T09:00"));
    replayed.reject(late.id(), "m", "late " + tag);
    assertThat(storedNotes(store)).allMatch(n -> !n.contains(tag));
    assertThat(replayed.entry(late.id()).orElseThrow().note())
        .contains(PersonalDataVault.ERASED_TEXT);
  }

  @Test
  void the_file_store_never_holds_a_note_readable_and_erasure_survives_a_restart()
      throws IOException {
    Path file = dir.resolve("hours.bin");
    List<String> notes = List.of(rejectReason, correctionReason, omarReason);
    HourTotals saraBefore;
    Map<TotalsKey, HourTotals> nationalBefore;
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      HourLedger ledger = ledger(store, vault);
      fill(ledger);
      CryptoShreddingTest.assertNoneReadable(Files.readAllBytes(file), notes);
      assertThat(shown(ledger, SARA)).contains(rejectReason).contains(correctionReason);
      saraBefore = ledger.totals(SARA);
      nationalBefore = national(ledger);
    }
    long sizeBefore = Files.size(file);
    assertThat(vault.erase(SARA)).isTrue();
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      HourLedger ledger = ledger(store, vault);
      assertThat(shown(ledger, SARA)).doesNotContain(tag).contains(PersonalDataVault.ERASED_TEXT);
      assertThat(shown(ledger, OMAR)).contains(omarReason);
      assertThat(ledger.totals(SARA)).isEqualTo(saraBefore);
      assertThat(national(ledger)).isEqualTo(nationalBefore);
    }
    assertThat(Files.size(file)).as("the append-only file is not rewritten").isEqualTo(sizeBefore);
    CryptoShreddingTest.assertNoneReadable(Files.readAllBytes(file), notes);
  }

  @Test
  void a_ledger_without_a_vault_keeps_notes_as_typed() throws IOException {
    Path file = dir.resolve("plain.bin");
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      HourLedger ledger =
          Tatawwu.hourLedger(
              HourPolicy.DEFAULT, fixture.directory, store, ErasureKeepsTheBooksTest.CLOCK);
      fill(ledger);
      assertThat(storedNotes(store)).contains(rejectReason, correctionReason, omarReason);
    }
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains(omarReason);
    // A ledger given a vault later reads the plain notes as they are and seals the new ones.
    try (HourEventFile store = Tatawwu.hourEventFile(file)) {
      HourLedger ledger = ledger(store, vault);
      assertThat(shown(ledger, OMAR)).contains(omarReason);
      HourEntry o3 = ledger.submit(submission(OMAR, "o3", "2025-03-06T08:00", "2025-03-06T09:00"));
      ledger.reject(o3.id(), "m", "sealed " + tag);
      assertThat(ledger.entry(o3.id()).orElseThrow().note()).contains("sealed " + tag);
      assertThat(storedNotes(store)).filteredOn(n -> n.contains("sealed " + tag)).isEmpty();
    }
  }

  @Test
  void a_sealed_text_opens_only_for_its_volunteer_with_its_vault() {
    String sealed = vault.seal(SARA, "ملاحظة " + tag);
    assertThat(sealed).startsWith("vault-sealed:").doesNotContain(tag);
    int bytes = ("ملاحظة " + tag).getBytes(StandardCharsets.UTF_8).length;
    assertThat(sealed).hasSize(13 + 4 * ((bytes + 29 + 2) / 3));
    assertThat(vault.open(SARA, sealed)).contains("ملاحظة " + tag);
    assertThat(vault.open(SARA, "typed before sealing")).contains("typed before sealing");
    assertThat(vault.subjects()).as("a volunteer gets a key for a note").contains(SARA);
    assertThat(vault.read(SARA)).isEmpty();
    vault.seal(OMAR, "x");
    assertThatThrownBy(() -> vault.open(OMAR, sealed)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> vault.open(VolunteerId.of("V-none"), sealed))
        .isInstanceOf(IllegalStateException.class);
    PersonalDataVault other =
        Tatawwu.privacy().vault(Tatawwu.privacy().inMemoryVaultStore(), CryptoShreddingTest.aes());
    other.seal(SARA, "y");
    assertThatThrownBy(() -> other.open(SARA, sealed)).isInstanceOf(IllegalStateException.class);
    char[] tampered = sealed.toCharArray();
    int at = 13 + 20;
    tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> vault.open(SARA, new String(tampered)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> vault.open(SARA, "vault-sealed:%%%"))
        .isInstanceOf(IllegalStateException.class);

    assertThat(vault.erase(SARA)).isTrue();
    assertThat(vault.open(SARA, sealed)).isEmpty();
    String afterErasure = vault.seal(SARA, "after " + tag);
    assertThat(afterErasure).doesNotContain(tag);
    assertThat(vault.open(SARA, afterErasure)).isEmpty();
    assertThat(Objects.requireNonNull(vault.toString())).doesNotContain(tag);
  }

  @Test
  void events_carry_sealed_notes_into_any_store() {
    List<HourEvent> seen = new ArrayList<>();
    InMemoryHourEventStore store = new InMemoryHourEventStore();
    fill(ledger(store, vault));
    store.replay(seen::add);
    assertThat(seen)
        .filteredOn(e -> e.note().isPresent())
        .extracting(e -> e.note().orElseThrow())
        .allMatch(n -> n.startsWith("vault-sealed:"));
  }
}
