package org.tatawwu.impl.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.tatawwu.privacy.VaultStore;
import org.tatawwu.volunteer.VolunteerId;

/**
 * A vault store kept in two files of a directory:
 *
 * <ul>
 *   <li>{@code vault-keys.bin}: the magic {@code TTWVKEY1}, then fixed slots of {@value #SLOT}
 *       bytes: a state (0 free, 1 live, 2 destroyed, 3 pending), the volunteer id's length and its
 *       ASCII bytes (64 bytes, zero-padded), the wrapped key's length and bytes (128 bytes,
 *       zero-padded). Destroying a key overwrites its slot's key bytes with zeros in place and
 *       forces the file to the device; the id stays, so the volunteer is remembered as erased. A
 *       new volunteer's key and first record ({@link #putKeyAndAppend}) are written in three forced
 *       steps: the slot as pending, the record, the slot as live. Opening the files completes what
 *       a crash interrupted: a pending slot whose volunteer has a record in the log becomes live,
 *       one without is freed (zeroed), so a crash leaves both or neither.
 *   <li>{@code vault-log.bin}: the magic {@code TTWVLOG1}, then records {@code [length 4][CRC-32C
 *       4][id length 1][id][sealed record]}, appended and forced, never rewritten. A last record
 *       cut by a crash (shorter than its length, or whose last 16 bytes were never written and read
 *       as zeros) is dropped on opening; any other damage, at the end or before, refuses the file.
 * </ul>
 *
 * <p>The files hold only wrapped keys and ciphertext. A file system or device may keep copies of
 * overwritten blocks (journals, SSD wear levelling, backups): the master key, kept outside, is what
 * protects those. Thread-safe (one lock); one store per directory per process and across processes
 * (an exclusive file lock).
 */
final class FileVaultStore implements VaultStore {
  static final int SLOT = 1 + 1 + 64 + 1 + VaultStore.MAX_WRAPPED_KEY_BYTES;

  /** How many zero bytes at the end of a last record with a wrong checksum mark it as torn. */
  static final int UNWRITTEN = 16;

  private static final byte[] KEY_MAGIC = "TTWVKEY1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LOG_MAGIC = "TTWVLOG1".getBytes(StandardCharsets.US_ASCII);
  private static final byte FREE = 0;
  private static final byte LIVE = 1;
  private static final byte DESTROYED = 2;
  private static final byte PENDING = 3;

  private final FileChannel keyFile;
  private final FileChannel logFile;
  private final FileLock lock;
  private final Map<VolunteerId, Integer> slots = new HashMap<>();
  private final Map<VolunteerId, byte[]> keys = new HashMap<>();
  private final Set<VolunteerId> destroyed = new LinkedHashSet<>();

  /** Slots found pending while opening, with their keys; empty once open. */
  private final Map<VolunteerId, byte[]> pending = new HashMap<>();

  private final Map<VolunteerId, List<byte[]>> records = new HashMap<>();
  private int slotCount;
  private final List<Integer> freeSlots = new ArrayList<>();

  private FileVaultStore(FileChannel keyFile, FileChannel logFile, FileLock lock) {
    this.keyFile = keyFile;
    this.logFile = logFile;
    this.lock = lock;
  }

  /**
   * Opens the store in a directory, creating it and its files if needed.
   *
   * @param directory the directory, not null
   * @return the store
   * @throws UncheckedIOException if the files cannot be read or written
   * @throws IllegalStateException if another store holds the directory, or a file is not a vault
   *     file or is damaged
   */
  static FileVaultStore open(Path directory) {
    FileChannel keys = null;
    FileChannel log = null;
    try {
      Files.createDirectories(directory);
      keys =
          FileChannel.open(
              directory.resolve("vault-keys.bin"),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = keys.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalStateException("the vault files are open in another store");
      }
      log =
          FileChannel.open(
              directory.resolve("vault-log.bin"),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileVaultStore store = new FileVaultStore(keys, log, lock);
      store.load();
      return store;
    } catch (IOException e) {
      closeQuietly(keys, log);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      closeQuietly(keys, log);
      throw e;
    }
  }

  private static void closeQuietly(@Nullable FileChannel a, @Nullable FileChannel b) {
    for (FileChannel c : new FileChannel[] {a, b}) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException ignored) {
          // Already failing: the first error is the one reported.
        }
      }
    }
  }

  private void load() throws IOException {
    if (keyFile.size() == 0) {
      keyFile.write(ByteBuffer.wrap(KEY_MAGIC), 0);
      keyFile.force(true);
    }
    if (logFile.size() == 0) {
      logFile.write(ByteBuffer.wrap(LOG_MAGIC), 0);
      logFile.force(true);
    }
    checkMagic(keyFile, KEY_MAGIC);
    checkMagic(logFile, LOG_MAGIC);
    long size = keyFile.size() - KEY_MAGIC.length;
    slotCount = (int) (size / SLOT);
    for (int i = 0; i < slotCount; i++) {
      ByteBuffer slot = ByteBuffer.allocate(SLOT);
      readFully(keyFile, slot, KEY_MAGIC.length + (long) i * SLOT);
      slot.flip();
      byte state = slot.get();
      if (state == FREE) {
        freeSlots.add(i);
        continue;
      }
      VolunteerId id = readId(slot);
      slot.position(1 + 1 + 64);
      int keyLength = slot.get() & 0xff;
      if ((state != LIVE && state != DESTROYED && state != PENDING)
          || keyLength > VaultStore.MAX_WRAPPED_KEY_BYTES) {
        throw new IllegalStateException("the vault key file is damaged");
      }
      slots.put(id, i);
      if (state == PENDING) {
        byte[] key = new byte[keyLength];
        slot.get(key);
        pending.put(id, key);
      } else if (state == LIVE) {
        byte[] key = new byte[keyLength];
        slot.get(key);
        keys.put(id, key);
      } else {
        destroyed.add(id);
      }
    }
    long at = LOG_MAGIC.length;
    long end = logFile.size();
    while (at < end) {
      if (end - at < 8) {
        break; // a record cut at the end
      }
      ByteBuffer head = ByteBuffer.allocate(8);
      readFully(logFile, head, at);
      head.flip();
      int length = head.getInt();
      int crc = head.getInt();
      // The longest body: the id's length, a 64-byte id and the longest sealed record.
      if (length < 2 || length > 1 + 64 + VaultStore.MAX_SEALED_BYTES) {
        throw new IllegalStateException("the vault log is damaged");
      }
      if (end - at - 8 < length) {
        break; // a record cut at the end
      }
      ByteBuffer body = ByteBuffer.allocate(length);
      readFully(logFile, body, at + 8);
      CRC32C check = new CRC32C();
      check.update(body.array());
      if ((int) check.getValue() != crc) {
        if (at + 8 + length == end && endsUnwritten(body.array())) {
          break; // the last record, torn: its end was never written
        }
        throw new IllegalStateException("the vault log is damaged");
      }
      body.flip();
      VolunteerId id = readId(body);
      body.position(1 + (body.get(0) & 0xff));
      if (body.remaining() < 1 || body.remaining() > VaultStore.MAX_SEALED_BYTES) {
        throw new IllegalStateException("the vault log is damaged"); // never written so
      }
      byte[] sealed = new byte[body.remaining()];
      body.get(sealed);
      records.computeIfAbsent(id, k -> new ArrayList<>()).add(sealed);
      at += 8 + length;
    }
    if (at < end) {
      logFile.truncate(at);
      logFile.force(true);
    }
    // A first write a crash interrupted: complete it if its record reached the log, else undo it.
    for (Map.Entry<VolunteerId, byte[]> p : pending.entrySet()) {
      int index = Objects.requireNonNull(slots.get(p.getKey()));
      if (records.containsKey(p.getKey())) {
        writeSlot(index, LIVE, p.getKey(), p.getValue());
        keys.put(p.getKey(), p.getValue());
      } else {
        freeSlot(index);
        slots.remove(p.getKey());
        freeSlots.add(index);
      }
    }
    pending.clear();
  }

  /** Zeroes a slot and forces it to the device. */
  private void freeSlot(int index) throws IOException {
    writeFully(keyFile, ByteBuffer.allocate(SLOT), KEY_MAGIC.length + (long) index * SLOT);
    keyFile.force(true);
  }

  /**
   * Whether a record's last {@value #UNWRITTEN} bytes are zeros, as a crash leaves an append whose
   * length reached the file but whose bytes did not. A sealed record ends with a 16-byte
   * authentication tag, which is all zeros with probability 2^-128, so a record damaged after it
   * was written is not taken for a torn one.
   */
  private static boolean endsUnwritten(byte[] body) {
    if (body.length < UNWRITTEN) {
      return false;
    }
    for (int i = body.length - UNWRITTEN; i < body.length; i++) {
      if (body[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static VolunteerId readId(ByteBuffer b) {
    int n = b.get() & 0xff;
    if (n < 1 || n > 64 || b.remaining() < n) {
      throw new IllegalStateException("the vault files are damaged");
    }
    byte[] id = new byte[n];
    b.get(id);
    try {
      return VolunteerId.of(new String(id, StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the vault files are damaged", e);
    }
  }

  private static void checkMagic(FileChannel c, byte[] magic) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(magic.length);
    if (c.size() < magic.length) {
      throw new IllegalStateException("not a vault file");
    }
    readFully(c, b, 0);
    if (!Arrays.equals(b.array(), magic)) {
      throw new IllegalStateException("not a vault file");
    }
  }

  private static void readFully(FileChannel c, ByteBuffer b, long at) throws IOException {
    long position = at;
    while (b.hasRemaining()) {
      int n = c.read(b, position);
      if (n < 0) {
        throw new IllegalStateException("the vault files are damaged");
      }
      position += n;
    }
  }

  private static void writeFully(FileChannel c, ByteBuffer b, long at) throws IOException {
    long position = at;
    while (b.hasRemaining()) {
      position += c.write(b, position);
    }
  }

  private static byte[] idBytes(VolunteerId subject) {
    return subject.value().getBytes(StandardCharsets.US_ASCII);
  }

  private void writeSlot(int index, byte state, VolunteerId subject, byte[] key)
      throws IOException {
    ByteBuffer slot = ByteBuffer.allocate(SLOT);
    byte[] id = idBytes(subject);
    slot.put(state).put((byte) id.length).put(id);
    slot.position(1 + 1 + 64);
    slot.put((byte) key.length).put(key);
    slot.position(0);
    writeFully(keyFile, slot, KEY_MAGIC.length + (long) index * SLOT);
    keyFile.force(true);
  }

  @Override
  public synchronized void putKey(VolunteerId subject, byte[] wrappedKey) {
    Objects.requireNonNull(subject, "subject");
    StoreLimits.checkKey(wrappedKey);
    if (slots.containsKey(subject)) {
      throw new IllegalStateException("the volunteer already has a key, or had one destroyed");
    }
    int index = freeSlots.isEmpty() ? slotCount : freeSlots.remove(0);
    try {
      writeSlot(index, LIVE, subject, wrappedKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (index == slotCount) {
      slotCount++;
    }
    slots.put(subject, index);
    keys.put(subject, wrappedKey.clone());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here in three forced steps: the key's slot written as pending, the record appended, the slot
   * marked live. A failure while appending frees the slot again (and cuts the log back); a crash at
   * any point is completed or undone when the files are next opened (a pending slot with its record
   * becomes live, one without is freed): both or neither, never a record without its key.
   */
  @Override
  public synchronized void putKeyAndAppend(VolunteerId subject, byte[] wrappedKey, byte[] sealed) {
    Objects.requireNonNull(subject, "subject");
    StoreLimits.checkKey(wrappedKey); // refused before anything is written
    StoreLimits.checkSealed(sealed);
    if (slots.containsKey(subject)) {
      throw new IllegalStateException("the volunteer already has a key, or had one destroyed");
    }
    int index = freeSlots.isEmpty() ? slotCount : freeSlots.remove(0);
    long logEnd;
    try {
      logEnd = logFile.size();
      writeSlot(index, PENDING, subject, wrappedKey);
    } catch (IOException e) {
      releaseSlot(index);
      throw new UncheckedIOException(e);
    }
    try {
      writeRecord(subject, sealed);
    } catch (IOException | RuntimeException e) {
      try {
        logFile.truncate(logEnd);
        logFile.force(true);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      releaseSlot(index);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
    if (index == slotCount) {
      slotCount++;
    }
    slots.put(subject, index);
    keys.put(subject, wrappedKey.clone());
    records.computeIfAbsent(subject, k -> new ArrayList<>()).add(sealed.clone());
    try {
      writeSlot(index, LIVE, subject, wrappedKey);
    } catch (IOException ignored) {
      // The record and its pending key are on the device: the next opening marks the slot live.
      // The change is made; the device error will show on the next write.
    }
  }

  /** Gives back a slot a first write could not complete, zeroing it on the device if possible. */
  private void releaseSlot(int index) {
    try {
      freeSlot(index);
    } catch (IOException ignored) {
      // A pending slot left behind is freed when the files are next opened (it has no record).
    }
    if (index < slotCount) {
      freeSlots.add(0, index);
    }
  }

  @Override
  public synchronized Optional<byte[]> key(VolunteerId subject) {
    byte[] k = keys.get(Objects.requireNonNull(subject, "subject"));
    return k == null ? Optional.empty() : Optional.of(k.clone());
  }

  @Override
  public synchronized boolean destroyKey(VolunteerId subject) {
    byte[] k = keys.get(Objects.requireNonNull(subject, "subject"));
    if (k == null) {
      return false;
    }
    try {
      writeSlot(Objects.requireNonNull(slots.get(subject)), DESTROYED, subject, new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    keys.remove(subject);
    Arrays.fill(k, (byte) 0);
    destroyed.add(subject);
    return true;
  }

  @Override
  public synchronized boolean destroyed(VolunteerId subject) {
    return destroyed.contains(Objects.requireNonNull(subject, "subject"));
  }

  @Override
  public synchronized void append(VolunteerId subject, byte[] sealed) {
    Objects.requireNonNull(subject, "subject");
    StoreLimits.checkSealed(sealed);
    try {
      writeRecord(subject, sealed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    records.computeIfAbsent(subject, k -> new ArrayList<>()).add(sealed.clone());
  }

  /** Appends a record to the log and forces it to the device. */
  private void writeRecord(VolunteerId subject, byte[] sealed) throws IOException {
    byte[] id = idBytes(subject);
    ByteBuffer body = ByteBuffer.allocate(1 + id.length + sealed.length);
    body.put((byte) id.length).put(id).put(sealed);
    CRC32C crc = new CRC32C();
    crc.update(body.array());
    ByteBuffer record = ByteBuffer.allocate(8 + body.capacity());
    record.putInt(body.capacity()).putInt((int) crc.getValue()).put(body.array());
    record.flip();
    writeFully(logFile, record, logFile.size());
    logFile.force(true);
  }

  @Override
  public synchronized List<byte[]> sealed(VolunteerId subject) {
    List<byte[]> out = new ArrayList<>();
    records
        .getOrDefault(Objects.requireNonNull(subject, "subject"), List.of())
        .forEach(r -> out.add(r.clone()));
    return out;
  }

  @Override
  public synchronized Set<VolunteerId> subjects() {
    Set<VolunteerId> out = new LinkedHashSet<>(keys.keySet());
    out.addAll(destroyed);
    return Set.copyOf(out);
  }

  @Override
  public synchronized void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      keyFile.close();
      logFile.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized String toString() {
    return "FileVaultStore[keys=" + keys.size() + ", destroyed=" + destroyed.size() + "]";
  }
}
