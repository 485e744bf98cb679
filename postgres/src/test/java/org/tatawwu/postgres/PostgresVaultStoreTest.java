package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.Dimension;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.TotalsKey;
import org.tatawwu.privacy.PersonalData;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.PersonalField;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.testkit.HourLedgerFixture;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The personal data vault on a real PostgreSQL: nothing personal is ever readable in the server's
 * files (tables, indexes and write-ahead log), erasure works across application nodes and survives
 * a restart of the store, and the store keeps the vault store's contract.
 */
class PostgresVaultStoreTest {
  static final Privacy PRIVACY = Tatawwu.privacy();
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final VolunteerId OMAR = VolunteerId.of("V-200");

  /** Values unique to one run, so that a scan of the whole server finds only this test's bytes. */
  final String tag = HexFormat.of().toHexDigits(new Random().nextLong());

  static SecretKey aes() {
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES");
      g.init(256);
      return g.generateKey();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  PersonalData data(String who) {
    Map<PersonalField, String> m = new EnumMap<>(PersonalField.class);
    m.put(PersonalField.NATIONAL_ID, "1000000008");
    m.put(PersonalField.NAME_ARABIC, "سارة " + who + " " + tag);
    m.put(PersonalField.NAME_ENGLISH, "Name " + who + " " + tag);
    m.put(PersonalField.MOBILE, "+96650" + tag.substring(0, 7).replaceAll("[a-f]", "1"));
    m.put(PersonalField.EMAIL, who.toLowerCase(java.util.Locale.ROOT) + "." + tag + "@example.sa");
    m.put(PersonalField.HOME_LOCATION, "24.7136,46." + tag.replaceAll("[a-f]", "1"));
    return PersonalData.of(m);
  }

  /** The values unique to this run (the national id is shared with other tests, so it is left). */
  List<String> uniqueValues(PersonalData... all) {
    List<String> out = new ArrayList<>();
    for (PersonalData d : all) {
      d.values().forEach((f, v) -> out.add(v));
    }
    out.removeIf(v -> !v.contains(tag) && !v.startsWith("+96650"));
    return out;
  }

  @Test
  void no_personal_value_is_readable_in_the_server_files_and_erasure_leaves_none_readable()
      throws SQLException {
    DataSource ds = TestDatabase.create();
    SecretKey master = aes();
    PersonalData sara = data("Sara");
    PersonalData saraCorrected = sara.with(PersonalField.MOBILE, "+966559876543");
    PersonalData omar = data("Omar");
    byte[] saraKey;
    try (VaultStore store = PostgresVaultStore.create(ds)) {
      PersonalDataVault vault = PRIVACY.vault(store, master);
      vault.put(SARA, sara);
      vault.put(OMAR, omar);
      vault.put(SARA, saraCorrected);
      assertThat(vault.read(SARA)).contains(saraCorrected);
      saraKey = store.key(SARA).orElseThrow();
      checkpoint(ds);
      List<Path> files = serverFiles(ds);
      assertNoneInFiles(files, uniqueValues(sara, saraCorrected, omar));
      assertThat(contains(tableFiles(ds, "tatawwu_vault_subject"), saraKey))
          .as("the wrapped key is in the key table before erasure")
          .isTrue();

      assertThat(vault.erase(SARA)).isTrue();
      checkpoint(ds);

      assertThat(vault.read(SARA)).isEmpty();
      assertThat(vault.erased(SARA)).isTrue();
      assertThat(store.sealed(SARA)).as("the append-only records stay, unreadable").hasSize(2);
      assertThat(contains(tableFiles(ds, "tatawwu_vault_subject"), saraKey))
          .as("the erased wrapped key is gone from the key table's pages")
          .isFalse();
      assertNoneInFiles(serverFiles(ds), uniqueValues(sara, saraCorrected, omar));
    }
    // Another node over the same database, as after a restart: Sara stays erased, Omar readable.
    try (VaultStore other = PostgresVaultStore.create(TestDatabase.anotherNode(ds))) {
      PersonalDataVault vault = PRIVACY.vault(other, master);
      assertThat(vault.erased(SARA)).isTrue();
      assertThat(vault.read(SARA)).isEmpty();
      assertThat(vault.versions(SARA)).isEmpty();
      assertThat(vault.read(OMAR)).contains(omar);
      assertThat(other.subjects()).containsExactlyInAnyOrder(SARA, OMAR);
    }
  }

  @Test
  void the_store_keeps_the_vault_store_contract() {
    DataSource ds = TestDatabase.create();
    VaultStore store = PostgresVaultStore.create(ds);
    VaultStore otherNode = PostgresVaultStore.create(TestDatabase.anotherNode(ds));
    store.putKey(SARA, new byte[] {1, 2, 3});
    assertThat(otherNode.key(SARA)).hasValueSatisfying(k -> assertThat(k).containsExactly(1, 2, 3));
    assertThatThrownBy(() -> otherNode.putKey(SARA, new byte[] {4}))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.putKey(OMAR, new byte[0]))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("privacy.store.key"));
    assertThatThrownBy(() -> store.putKey(OMAR, new byte[129]))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> store.append(OMAR, new byte[(1 << 20) + 1]))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("privacy.store.record"));
    store.append(SARA, new byte[] {9});
    otherNode.append(SARA, new byte[] {8, 8});
    store.append(OMAR, new byte[1 << 20]);
    assertThat(store.sealed(SARA))
        .satisfiesExactly(
            r -> assertThat(r).containsExactly(9), r -> assertThat(r).containsExactly(8, 8));
    assertThat(otherNode.sealed(OMAR))
        .singleElement()
        .satisfies(r -> assertThat(r).hasSize(1 << 20));
    assertThat(store.destroyed(SARA)).isFalse();
    assertThat(otherNode.destroyKey(SARA)).isTrue();
    assertThat(store.destroyKey(SARA)).isFalse();
    assertThat(store.destroyed(SARA)).isTrue();
    assertThat(store.key(SARA)).isEmpty();
    assertThatThrownBy(() -> store.putKey(SARA, new byte[] {5}))
        .as("a volunteer whose key was destroyed gets no new key")
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.destroyKey(OMAR)).as("no key to destroy").isFalse();
    assertThat(store.subjects()).containsExactly(SARA);
    assertThat(store.sealed(VolunteerId.of("V-none"))).isEmpty();
    assertThat(store.toString()).doesNotContain("V-100");
  }

  @Test
  void hour_notes_are_never_readable_in_the_server_files_and_erasure_keeps_the_totals()
      throws SQLException {
    DataSource ds = TestDatabase.create();
    SecretKey master = aes();
    VolunteerId v1 = VolunteerId.of("V1");
    VolunteerId v2 = VolunteerId.of("V2");
    List<String> notes =
        List.of(
            "رفض: لم يحضر " + tag,
            "left early for a doctor " + tag,
            "second rejection of V1 " + tag,
            "V2 sheet unsigned " + tag,
            "V2 duplicate " + tag);
    HourTotals v1Before;
    Map<TotalsKey, HourTotals> nationalBefore;
    PersonalDataVault vault = PRIVACY.vault(PostgresVaultStore.create(ds), master);
    HourLedger ledger =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT,
            HourLedgerFixture.directory(),
            PostgresHourEventStore.create(ds),
            HourLedgerFixture.CLOCK,
            vault);
    HourEntry a = ledger.submit(HourLedgerFixture.claim("a", 1, 0, 8));
    ledger.approve(a.id(), "m");
    ledger.reject(ledger.submit(HourLedgerFixture.claim("b", 1, 20, 4)).id(), "m", notes.get(0));
    HourEntry fix = ledger.correct(a.id(), HourLedgerFixture.claim("a-fix", 1, 0, 6), notes.get(1));
    ledger.approve(fix.id(), "m");
    ledger.reject(ledger.submit(HourLedgerFixture.claim("c", 1, 40, 4)).id(), "m", notes.get(2));
    ledger.approve(ledger.submit(HourLedgerFixture.claim("d", 2, 0, 4)).id(), "m");
    ledger.reject(ledger.submit(HourLedgerFixture.claim("e", 2, 20, 4)).id(), "m", notes.get(3));
    ledger.reject(ledger.submit(HourLedgerFixture.claim("f", 2, 40, 4)).id(), "m", notes.get(4));
    assertThat(ledger.entries(v1)).extracting(e -> e.note().orElse("")).contains(notes.get(0));
    assertThat(ledger.audit(a.id())).extracting(r -> r.note().orElse("")).contains(notes.get(1));
    v1Before = ledger.totals(v1);
    assertThat(v1Before.approvedMinutes()).isEqualTo(90);
    nationalBefore = ledger.totals(Dimension.REGION, Bucket.YEAR, MARCH);
    checkpoint(ds);
    assertThat(noteColumns(ds)).hasSize(12).allMatch(n -> !n.contains(tag));
    assertNoneInFiles(serverFiles(ds), notes);

    assertThat(vault.erase(v1)).isTrue();
    checkpoint(ds);

    assertNoneInFiles(serverFiles(ds), notes);
    // Another node, as after a restart: V1's notes read as erased, V2's as typed, totals as before.
    DataSource other = TestDatabase.anotherNode(ds);
    HourLedger node =
        Tatawwu.hourLedger(
            HourPolicy.DEFAULT,
            HourLedgerFixture.directory(),
            PostgresHourEventStore.create(other),
            HourLedgerFixture.CLOCK,
            PRIVACY.vault(PostgresVaultStore.create(other), master));
    for (HourLedger l : List.of(ledger, node)) {
      List<String> shown = new ArrayList<>();
      for (HourEntry e : l.entries(v1)) {
        e.note().ifPresent(shown::add);
        l.audit(e.id()).forEach(r -> r.note().ifPresent(shown::add));
      }
      assertThat(shown).hasSize(8).containsOnly(PersonalDataVault.ERASED_TEXT);
      assertThat(l.entries(v2))
          .extracting(e -> e.note().orElse(""))
          .contains(notes.get(3), notes.get(4));
      assertThat(l.totals(v1)).isEqualTo(v1Before);
      assertThat(l.totals(Dimension.REGION, Bucket.YEAR, MARCH)).isEqualTo(nationalBefore);
    }
  }

  static final DateRange MARCH =
      DateRange.of(java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 3, 31));

  /** Every note the hour event table holds, as stored. */
  private static List<String> noteColumns(DataSource ds) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT note, entry_note FROM tatawwu_hour_event")) {
      while (rs.next()) {
        for (int i = 1; i <= 2; i++) {
          String n = rs.getString(i);
          if (n != null) {
            out.add(n);
          }
        }
      }
    }
    return out;
  }

  @Test
  void a_new_volunteers_key_and_first_record_are_kept_together_or_not_at_all() throws SQLException {
    DataSource ds = TestDatabase.create();
    SecretKey master = aes();
    VaultStore store = PostgresVaultStore.create(ds);
    PersonalDataVault vault = PRIVACY.vault(store, master);
    // A fault between the two writes: the record's insert fails after the key's went through.
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE FUNCTION fail_record() RETURNS trigger LANGUAGE plpgsql AS"
              + " $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$");
      st.execute(
          "CREATE TRIGGER fail_record BEFORE INSERT ON tatawwu_vault_record"
              + " FOR EACH ROW EXECUTE FUNCTION fail_record()");
    }
    assertThatThrownBy(() -> vault.put(SARA, data("Sara"))).isInstanceOf(DatabaseException.class);
    assertThatThrownBy(() -> store.putKeyAndAppend(OMAR, new byte[] {1}, new byte[] {2}))
        .isInstanceOf(DatabaseException.class);
    assertThat(rows(ds, "SELECT count(*) FROM tatawwu_vault_subject")).isZero();
    assertThat(store.key(SARA)).isEmpty();
    assertThat(store.subjects()).isEmpty();
    assertThat(vault.erased(SARA)).isFalse();
    // Refused sizes keep nothing either, even with a valid key.
    assertThatThrownBy(
            () ->
                store.putKeyAndAppend(
                    OMAR, new byte[] {1}, new byte[VaultStore.MAX_SEALED_BYTES + 1]))
        .isInstanceOf(InvalidValueException.class);
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER fail_record ON tatawwu_vault_record");
    }
    assertThat(rows(ds, "SELECT count(*) FROM tatawwu_vault_subject")).isZero();
    PersonalData sara = data("Sara");
    vault.put(SARA, sara);
    assertThat(vault.read(SARA)).contains(sara);
    assertThat(rows(ds, "SELECT count(*) FROM tatawwu_vault_record")).isEqualTo(1);
    // A second node that saw no key yet loses the race to the first: it writes with the key there.
    PersonalDataVault late =
        PRIVACY.vault(
            new KeyHiddenOnce(PostgresVaultStore.create(TestDatabase.anotherNode(ds))), master);
    PersonalData corrected = sara.with(PersonalField.MOBILE, "+966559876543");
    late.put(SARA, corrected);
    assertThat(vault.versions(SARA)).containsExactly(sara, corrected);
    assertThat(rows(ds, "SELECT count(*) FROM tatawwu_vault_subject")).isEqualTo(1);
  }

  @Test
  void the_documented_limits_are_the_schemas() throws IOException {
    String sql;
    try (var in =
        Objects.requireNonNull(
            PostgresVaultStore.class.getResourceAsStream(
                "migration/V3__personal_data_vault.sql"))) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(sql)
        .contains(
            "octet_length(wrapped_key) BETWEEN 1 AND " + VaultStore.MAX_WRAPPED_KEY_BYTES + ")")
        .contains("octet_length(sealed) BETWEEN 1 AND " + VaultStore.MAX_SEALED_BYTES + ")");
    assertThat(VaultStore.MAX_WRAPPED_KEY_BYTES).isEqualTo(128);
    assertThat(VaultStore.MAX_SEALED_BYTES).isEqualTo(1024 * 1024);
  }

  private static long rows(DataSource ds, String query) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A store whose first key look-up answers none: a node that read before another node wrote. */
  private static final class KeyHiddenOnce implements VaultStore {
    private final VaultStore store;
    private boolean hidden;

    KeyHiddenOnce(VaultStore store) {
      this.store = store;
    }

    @Override
    public void putKey(VolunteerId subject, byte[] wrappedKey) {
      store.putKey(subject, wrappedKey);
    }

    @Override
    public void putKeyAndAppend(VolunteerId subject, byte[] wrappedKey, byte[] sealed) {
      store.putKeyAndAppend(subject, wrappedKey, sealed);
    }

    @Override
    public synchronized java.util.Optional<byte[]> key(VolunteerId subject) {
      if (!hidden) {
        hidden = true;
        return java.util.Optional.empty();
      }
      return store.key(subject);
    }

    @Override
    public boolean destroyKey(VolunteerId subject) {
      return store.destroyKey(subject);
    }

    @Override
    public boolean destroyed(VolunteerId subject) {
      return store.destroyed(subject);
    }

    @Override
    public void append(VolunteerId subject, byte[] sealed) {
      store.append(subject, sealed);
    }

    @Override
    public List<byte[]> sealed(VolunteerId subject) {
      return store.sealed(subject);
    }

    @Override
    public java.util.Set<VolunteerId> subjects() {
      return store.subjects();
    }

    @Override
    public void close() {
      store.close();
    }
  }

  private static void checkpoint(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("CHECKPOINT");
    }
  }

  private static Path dataDirectory(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW data_directory")) {
      rs.next();
      return Paths.get(Objects.requireNonNull(rs.getString(1)));
    }
  }

  /** The bytes of a table's files: its heap, free space and visibility maps. */
  private static byte[] tableFiles(DataSource ds, String table) throws SQLException {
    Path data = dataDirectory(ds);
    String relative;
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_relation_filepath('" + table + "')")) {
      rs.next();
      relative = Objects.requireNonNull(rs.getString(1));
    }
    Path heap = data.resolve(relative);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(heap.getParent())) {
      for (Path f :
          files
              .filter(f -> f.getFileName().toString().startsWith(heap.getFileName().toString()))
              .toList()) {
        out.writeBytes(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The files that can hold this database's bytes: its own directory (tables, indexes, TOAST), the
   * cluster-wide catalogue and the write-ahead log.
   */
  private static List<Path> serverFiles(DataSource ds) throws SQLException {
    Path data = dataDirectory(ds);
    long oid;
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT oid FROM pg_database WHERE datname = current_database()")) {
      rs.next();
      oid = rs.getLong(1);
    }
    List<Path> files = new ArrayList<>();
    for (Path dir :
        List.of(
            data.resolve("base").resolve(Long.toString(oid)),
            data.resolve("global"),
            data.resolve("pg_wal"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Fails if a value is in any of the files, in UTF-8 or UTF-16 (either order). */
  private static void assertNoneInFiles(List<Path> files, List<String> values) {
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(values).hasSizeGreaterThanOrEqualTo(5);
    for (Path f : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(f);
      } catch (IOException e) {
        continue; // a file removed by the server while reading (a recycled WAL segment)
      }
      for (String v : values) {
        for (Charset cs :
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
          assertThat(contains(bytes, v.getBytes(cs)))
              .as("a personal value in %s (%s)", f.getFileName(), cs)
              .isFalse();
        }
      }
    }
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
