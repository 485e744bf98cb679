package org.tatawwu.impl.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of checksummed blocks, the unit of durability and recovery for the persistent
 * journals. The file starts with a caller's magic text; then one block per append:
 *
 * <pre>
 *   length  int    bytes of payload
 *   count   int    records in the payload
 *   check   int    CRC-32C of length and count
 *   payload length bytes
 *   sum     int    CRC-32C of the payload
 * </pre>
 *
 * An append writes its block at the end and forces the file before it returns. Opening reads every
 * block and tells a torn last append from damage:
 *
 * <ul>
 *   <li>a file shorter than its magic text, holding a prefix of it (a crash while creating it), is
 *       recovered as empty;
 *   <li>a last block that is incomplete, or whose header holds only zeros to the end of the file,
 *       or whose payload fails its sum and ends exactly at the end of the file, is an append a
 *       crash cut short — it never returned — and is cut off, with a warning naming the file and
 *       the bytes dropped;
 *   <li>anything else — a header failing its check anywhere, a payload failing its sum with more
 *       data after it, a block the caller cannot decode — is damage, and the file is refused.
 * </ul>
 *
 * <p>While open, the file is locked against other processes, and a registry of open files keeps
 * other stores in this process from opening it: a refused second open touches no channel, so it
 * cannot release the first store's lock (record locks belong to the process and are released when
 * any of its channels on the file closes). Files reached through two hard links are not told apart
 * within one process.
 *
 * <p>Thread-safe: appends, reads and closing are serialised.
 */
public final class BlockFile implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BlockFile.class);

  /** Bytes of a block's header: length, count, check. */
  static final int HEADER = 12;

  /** Bytes of a block's frame: the header and the payload's sum. */
  static final int FRAME = HEADER + 4;

  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

  /** Receives the blocks read. */
  @FunctionalInterface
  public interface BlockReader {
    /**
     * Reads one block.
     *
     * @param firstRecord the number of the block's first record, counting from 1 across the file
     * @param count the records in the block, 1 or more
     * @param payload the payload, positioned at its start and limited to its end, valid only during
     *     the call
     */
    void read(long firstRecord, int count, ByteBuffer payload);
  }

  private final Path path;
  private final Path key;
  private final String kind;
  private final FileChannel channel;
  private final int start;
  private long end;
  private long records;
  private boolean closed;

  /** Start offset of each block, and the number of records before it. */
  private long[] offsets = new long[64];

  private long[] before = new long[64];
  private int blocks;

  private ByteBuffer buffer = ByteBuffer.allocate(1 << 12);

  private BlockFile(Path path, Path key, String kind, FileChannel channel, int start) {
    this.path = path;
    this.key = key;
    this.kind = kind;
    this.channel = channel;
    this.start = start;
    this.end = start;
  }

  /**
   * Opens the file, creating it if there is none, reads every block and recovers from an append cut
   * short.
   *
   * @param file the file, not null
   * @param magic the text the file starts with, naming its format and version, 1 byte or more
   * @param kind what the file holds, for messages ("fund journal file"), not null
   * @param reader receives every whole block, in order; a runtime exception from it marks the block
   *     as damaged
   * @return the open file
   * @throws UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if the file is open in another store, is not a file of this
   *     format, or is damaged
   */
  public static BlockFile open(Path file, byte[] magic, String kind, BlockReader reader) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    if (magic.length == 0) {
      throw new IllegalArgumentException("a block file needs a magic text");
    }
    Path key = key(file);
    if (!OPEN.add(key)) {
      throw new IllegalStateException("the " + kind + " " + file + " is open elsewhere");
    }
    FileChannel channel = null;
    try {
      boolean created = !Files.exists(file);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (!lock(channel)) {
        throw new IllegalStateException("the " + kind + " " + file + " is open elsewhere");
      }
      if (created) {
        forceDirectory(file);
      }
      BlockFile blockFile = new BlockFile(file, key, kind, channel, magic.length);
      blockFile.header(magic);
      blockFile.scan(reader);
      return blockFile;
    } catch (IOException e) {
      release(key, channel);
      throw new UncheckedIOException("cannot open the " + kind + " " + file, e);
    } catch (RuntimeException | Error e) {
      release(key, channel);
      throw e;
    }
  }

  private static Path key(Path file) {
    try {
      if (Files.exists(file)) {
        return file.toRealPath();
      }
      Path absolute = file.toAbsolutePath().normalize();
      Path parent = absolute.getParent();
      Path name = absolute.getFileName();
      return parent == null || name == null ? absolute : parent.toRealPath().resolve(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + file, e);
    }
  }

  /** Takes the file for this store against other processes. */
  private static boolean lock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null; // released when the channel closes
    } catch (OverlappingFileLockException e) {
      return false;
    }
  }

  /** Makes a new file's directory entry durable. */
  private static void forceDirectory(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null) {
      return;
    }
    try (FileChannel directory = FileChannel.open(parent, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform lets a directory be opened and forced; the file's own force remains
      LOG.debug("could not force the directory of {}", file);
    }
  }

  private static void release(Path key, @Nullable FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException suppressed) {
      // already failing; the first error is the one reported
    } finally {
      OPEN.remove(key);
    }
  }

  /** Writes the magic text into a new (or torn-at-creation) file, or checks it. */
  private void header(byte[] magic) throws IOException {
    long size = channel.size();
    byte[] found = new byte[(int) Math.min(size, magic.length)];
    readFully(ByteBuffer.wrap(found), 0);
    if (size < magic.length) {
      if (!isPrefixOrZeros(found, magic)) {
        throw new IllegalStateException(path + " is not a " + kind);
      }
      if (size > 0) {
        LOG.warn("{} {}: recovered a header cut short as an empty file", kind, path);
      }
      channel.truncate(0);
      writeFully(ByteBuffer.wrap(magic), 0);
      channel.force(true);
    } else if (!Arrays.equals(found, magic)) {
      throw new IllegalStateException(path + " is not a " + kind);
    }
  }

  private static boolean isPrefixOrZeros(byte[] found, byte[] magic) {
    boolean prefix = true;
    boolean zeros = true;
    for (int i = 0; i < found.length; i++) {
      prefix &= found[i] == magic[i];
      zeros &= found[i] == 0;
    }
    return prefix || zeros;
  }

  private void scan(BlockReader reader) throws IOException {
    long size = channel.size();
    long position = start;
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    while (position < size) {
      long left = size - position;
      if (left < HEADER) {
        cutTorn(position, size);
        return;
      }
      header.clear();
      readFully(header, position);
      int length = header.getInt(0);
      int count = header.getInt(4);
      if (check(length, count) != header.getInt(8)) {
        if (zerosFrom(position, size)) {
          cutTorn(position, size);
          return;
        }
        throw damaged(position, "a block header fails its check");
      }
      if (length < 0 || count < 1) {
        throw damaged(position, "a block header is out of range");
      }
      if ((long) length + FRAME > left) {
        cutTorn(position, size);
        return;
      }
      ByteBuffer payload = payload(position, length);
      int sum = sum(payload);
      if (sum != readInt(position + HEADER + length)) {
        if (position + FRAME + length == size) {
          cutTorn(position, size);
          return;
        }
        throw damaged(position, "a block fails its checksum");
      }
      try {
        reader.read(records + 1, count, payload);
      } catch (RuntimeException e) {
        throw damaged(position, "a block cannot be read: " + e.getMessage());
      }
      index(position, count);
      position += FRAME + length;
      end = position;
    }
  }

  private IllegalStateException damaged(long position, String what) {
    return new IllegalStateException(
        "the "
            + kind
            + " "
            + path
            + " is damaged at byte "
            + position
            + " ("
            + what
            + "): refused");
  }

  private boolean zerosFrom(long position, long size) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(1 << 12);
    for (long at = position; at < size; ) {
      chunk.clear();
      chunk.limit((int) Math.min(chunk.capacity(), size - at));
      readFully(chunk, at);
      for (int i = 0; i < chunk.limit(); i++) {
        if (chunk.get(i) != 0) {
          return false;
        }
      }
      at += chunk.limit();
    }
    return true;
  }

  private void cutTorn(long position, long size) throws IOException {
    LOG.warn(
        "{} {}: dropped {} bytes of an append that did not complete", kind, path, size - position);
    channel.truncate(position);
    channel.force(true);
    end = position;
  }

  private void index(long offset, int count) {
    if (blocks == offsets.length) {
      offsets = Arrays.copyOf(offsets, blocks * 2);
      before = Arrays.copyOf(before, blocks * 2);
    }
    offsets[blocks] = offset;
    before[blocks] = records;
    blocks++;
    records += count;
  }

  /**
   * Appends one block and forces it to the device before returning. If writing fails, the file is
   * cut back to its last whole block (or, failing that, opening it again cuts the torn block off).
   *
   * @param payload the payload's bytes, not null
   * @param length how many of them, 0 or more
   * @param count the records the payload holds, 1 or more
   * @throws UncheckedIOException if writing or forcing fails
   * @throws IllegalStateException if the file is closed
   */
  public synchronized void append(byte[] payload, int length, int count) {
    requireOpen();
    if (count < 1 || length < 0 || length > payload.length) {
      throw new IllegalArgumentException("a block holds 1 or more records");
    }
    ByteBuffer block = room(FRAME + length);
    block.putInt(length).putInt(count).putInt(check(length, count));
    block.put(payload, 0, length);
    CRC32C crc = new CRC32C();
    crc.update(payload, 0, length);
    block.putInt((int) crc.getValue());
    block.flip();
    try {
      writeFully(block, end);
      channel.force(false);
    } catch (IOException e) {
      cutBack();
      throw new UncheckedIOException("cannot append to the " + kind + " " + path, e);
    } catch (RuntimeException | Error e) {
      cutBack();
      throw e;
    }
    index(end, count);
    end += FRAME + length;
  }

  /** After a failed append: the file back to its last whole block, as far as it can be. */
  private void cutBack() {
    try {
      channel.truncate(end);
    } catch (IOException e) {
      LOG.warn("{} {}: could not cut back a failed append; reopening will", kind, path);
    }
  }

  /**
   * Reads, in order, every block that holds a record numbered after {@code after}; the first block
   * may also hold records up to {@code after}, which the reader skips.
   *
   * @param after the last record the caller holds, 0 or more
   * @param reader receives the blocks, not null
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalStateException if the file is closed or changed underneath
   */
  public synchronized void read(long after, BlockReader reader) {
    requireOpen();
    if (after < 0) {
      throw new IllegalArgumentException("after is 0 or more");
    }
    if (after >= records) {
      return;
    }
    int low = 0;
    int high = blocks - 1;
    while (low < high) { // the last block whose first record is at most after + 1
      int middle = (low + high + 1) >>> 1;
      if (before[middle] + 1 <= after + 1) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    try {
      for (int b = low; b < blocks; b++) {
        long position = offsets[b];
        header.clear();
        readFully(header, position);
        int length = header.getInt(0);
        int count = header.getInt(4);
        if (check(length, count) != header.getInt(8) || count != countOf(b)) {
          throw new IllegalStateException("the " + kind + " " + path + " changed underneath");
        }
        ByteBuffer payload = payload(position, length);
        if (sum(payload) != readInt(position + HEADER + length)) {
          throw new IllegalStateException("the " + kind + " " + path + " changed underneath");
        }
        reader.read(before[b] + 1, count, payload);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + kind + " " + path, e);
    }
  }

  private long countOf(int block) {
    return (block + 1 < blocks ? before[block + 1] : records) - before[block];
  }

  /**
   * Returns the number of records in the file.
   *
   * @return the count
   * @throws IllegalStateException if the file is closed
   */
  public synchronized long records() {
    requireOpen();
    return records;
  }

  /**
   * Returns the size of the file up to its last whole block.
   *
   * @return bytes
   */
  public synchronized long bytes() {
    return end;
  }

  /**
   * Returns the file.
   *
   * @return its path
   */
  public Path path() {
    return path;
  }

  /**
   * Closes the file and releases it for other stores; later calls fail with {@link
   * IllegalStateException}. Closing twice does nothing.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the " + kind + " " + path, e);
      } finally {
        OPEN.remove(key);
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the " + kind + " " + path + " is closed");
    }
  }

  private static int check(int length, int count) {
    CRC32C crc = new CRC32C();
    crc.update(ByteBuffer.allocate(8).putInt(0, length).putInt(4, count));
    return (int) crc.getValue();
  }

  private static int sum(ByteBuffer payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload.duplicate());
    return (int) crc.getValue();
  }

  private ByteBuffer payload(long position, int length) throws IOException {
    ByteBuffer payload = room(length);
    payload.limit(length);
    readFully(payload, position + HEADER);
    payload.flip();
    return payload;
  }

  private int readInt(long position) throws IOException {
    ByteBuffer four = ByteBuffer.allocate(4);
    readFully(four, position);
    return four.getInt(0);
  }

  private ByteBuffer room(int n) {
    if (n > buffer.capacity()) {
      buffer = ByteBuffer.allocate(Math.max(n, buffer.capacity() * 2));
    }
    buffer.clear();
    return buffer;
  }

  private void readFully(ByteBuffer into, long at) throws IOException {
    long position = at;
    while (into.hasRemaining()) {
      int n = channel.read(into, position);
      if (n < 0) {
        throw new java.io.EOFException("unexpected end of the " + kind + " " + path);
      }
      position += n;
    }
  }

  private void writeFully(ByteBuffer bytes, long at) throws IOException {
    long position = at;
    while (bytes.hasRemaining()) {
      position += channel.write(bytes, position);
    }
  }
}
