package org.tatawwu.impl.hours;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventConflictException;
import org.tatawwu.hours.HourEventFile;

/**
 * Hour events in a file (format 2): a 16-byte header, then one block per append — its payload's
 * length and event count (4 bytes each) and a CRC-32C of those 8 bytes, the events encoded by
 * {@link HourEventCodec} (the log's dictionary runs across blocks), and a CRC-32C of the payload.
 * An append writes its block at the end and forces the file before returning; a block is the unit
 * of recovery.
 *
 * <p>Opening reads every block. What a crash can leave of an append that never returned — nothing
 * it held was promised — is recognised and cut off, with a warning naming the file and the bytes
 * dropped: a tail shorter than a block header, a block whose (checked) header says it runs past the
 * end of the file, a last block whose payload fails its checksum, or a tail of zero bytes. Any
 * other damage refuses the file and leaves it as it was: a block header failing its checksum (a
 * damaged length cannot then be mistaken for a cut append), or a block failing its checksum with
 * data after it. A file cut inside its own 16-byte header (a crash while creating it) holds no
 * event and is recovered as empty.
 *
 * <p>The store holds a lock on the file while open, so no other store, in this process or another,
 * opens it meanwhile. Stores of this process are kept in a process-wide registry of open files, so
 * that a second open in the same process is refused before it touches the file: closing a second
 * channel would release the first one's lock, since operating-system record locks belong to the
 * process. Thread-safe: appends, replays and closing are serialised.
 */
public final class FileHourEventStore implements HourEventFile, RosterStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileHourEventStore.class);

  private static final byte[] MAGIC = "TATAWWU-HOURS 2\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FORMAT_1 = "TATAWWU-HOURS 1\n".getBytes(StandardCharsets.US_ASCII);

  /** A block's header: length, count, the header's checksum. */
  private static final int HEADER = 12;

  /** A block's bytes besides its payload: the header and the payload's checksum. */
  private static final int FRAME = HEADER + 4;

  /** The files open in this process, by file key (or real path), guarded by itself. */
  private static final Set<Object> OPEN = new HashSet<>();

  private final Path path;
  private final Object fileKey;
  private final FileChannel channel;
  private final HourEventCodec.Encoder encoder;
  private long count;
  private long end;
  private boolean closed;
  private byte[] block = new byte[1 << 12];

  private FileHourEventStore(
      Path path, Object fileKey, FileChannel channel, HourEventCodec.Encoder encoder) {
    this.path = path;
    this.fileKey = fileKey;
    this.channel = channel;
    this.encoder = encoder;
  }

  /**
   * Opens the file, creating it if there is none, and recovers from an append cut short.
   *
   * @param file the file, not null
   * @return the store
   * @throws UncheckedIOException if the file cannot be read or written
   * @throws IllegalStateException if the file is not an hour event file or is damaged
   */
  public static FileHourEventStore open(Path file) {
    Objects.requireNonNull(file, "file");
    synchronized (OPEN) {
      Object key;
      try {
        key = identity(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the hour event file " + file, e);
      }
      if (!OPEN.add(key)) {
        // No channel is opened: closing one would release this process's lock on the file.
        throw new IllegalStateException("the hour event file " + file + " is open elsewhere");
      }
      try {
        return open(file, key);
      } catch (RuntimeException e) {
        OPEN.remove(key);
        throw e;
      }
    }
  }

  /** The file's identity in this process (created if missing), without opening a channel to it. */
  private static Object identity(Path file) throws IOException {
    if (!Files.exists(file)) {
      try {
        Files.createFile(file);
      } catch (FileAlreadyExistsException raced) {
        // another process made it meanwhile: it is the one to open
      }
    }
    Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    return key != null ? key : file.toRealPath();
  }

  private static FileHourEventStore open(Path file, Object key) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (!lock(channel)) {
        throw new IllegalStateException("the hour event file " + file + " is open elsewhere");
      }
      recoverHeader(file, channel);
      Scan scan = scan(file, channel);
      FileHourEventStore store =
          new FileHourEventStore(file, key, channel, new HourEventCodec.Encoder(scan.dictionary));
      store.count = scan.events;
      store.end = scan.end;
      if (scan.end < channel.size()) {
        LOG.warn(
            "hour event file {}: dropped {} bytes of an append that did not complete",
            file,
            channel.size() - scan.end);
        channel.truncate(scan.end);
        channel.force(true);
      }
      return store;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot open the hour event file " + file, e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /**
   * A new file, or one a crash cut inside its header (its bytes a prefix of the header): written
   * whole, as an empty log. Anything else is left for the scan to judge.
   */
  private static void recoverHeader(Path file, FileChannel channel) throws IOException {
    long size = channel.size();
    if (size >= MAGIC.length) {
      return;
    }
    ByteBuffer head = ByteBuffer.allocate((int) size);
    while (head.hasRemaining() && channel.read(head, head.position()) >= 0) {
      // read the few bytes there are
    }
    byte[] present = head.array();
    if (!Arrays.equals(present, 0, present.length, MAGIC, 0, present.length)) {
      return; // not the start of an hour event file: the scan refuses it
    }
    if (size > 0) {
      LOG.warn("hour event file {}: its header was cut short; recovered as empty", file);
    }
    writeFully(channel, ByteBuffer.wrap(MAGIC), 0);
    channel.force(true);
  }

  /** Takes the file for this store alone: other processes and other stores in this one. */
  private static boolean lock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null; // released when the channel closes
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return false;
    }
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException suppressed) {
        // already failing; the first error is the one reported
      }
    }
  }

  /** What opening found: the events' count, the end of the last whole block, the dictionary. */
  private record Scan(long events, long end, List<String> dictionary) {}

  private static Scan scan(Path file, FileChannel channel) throws IOException {
    long size = channel.size();
    Blocks blocks = new Blocks(channel);
    blocks.header(file);
    HourEventCodec.Decoder decoder = new HourEventCodec.Decoder(blocks.payload);
    long events = 0;
    long end = MAGIC.length;
    while (true) {
      Blocks.Status status = blocks.next(size);
      if (status == Blocks.Status.END) {
        break;
      }
      if (status == Blocks.Status.DAMAGED) {
        throw new IllegalStateException(
            "the hour event file " + file + " is damaged at byte " + end + ": refused");
      }
      if (status == Blocks.Status.TORN) {
        break;
      }
      for (int i = 0; i < blocks.count; i++) {
        decoder.decode(events + 1);
        events++;
      }
      blocks.payload.requireDone();
      end += FRAME + blocks.payload.limit;
    }
    return new Scan(events, end, decoder.dictionary());
  }

  @Override
  public synchronized void appendAll(List<HourEvent> events) {
    open();
    if (!events.isEmpty() && events.get(0).sequence() <= count) {
      long first = events.get(0).sequence();
      throw new HourEventConflictException(
          first, "event " + first + " is taken: the file holds " + count + " events");
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).sequence() != count + 1 + i) {
        throw new IllegalStateException(
            "event " + events.get(i).sequence() + " does not follow event " + (count + i));
      }
    }
    if (events.isEmpty()) {
      return;
    }
    append(events.size(), i -> encoder.encode(events.get(i)));
  }

  @Override
  public synchronized void appendSubmissions(
      long first, RosterRows rows, long firstEntry, Instant at) {
    open();
    if (rows.size() == 0) {
      return;
    }
    if (first <= count) {
      throw new HourEventConflictException(
          first, "event " + first + " is taken: the file holds " + count + " events");
    }
    if (first != count + 1) {
      throw new IllegalStateException("event " + first + " does not follow event " + count);
    }
    append(rows.size(), r -> encoder.encodeSubmission(rows, r, firstEntry + r, at));
  }

  /** Appends {@code count} events, each encoded by {@code encode}, as one block. */
  private void append(int events, IntFunction<byte[]> encode) {
    int mark = encoder.mark();
    try {
      int length = HEADER; // the header, then the payload
      for (int i = 0; i < events; i++) {
        byte[] bytes = encode.apply(i);
        int n = encoder.size();
        room(length + n + 4);
        System.arraycopy(bytes, 0, block, length, n);
        length += n;
      }
      ByteBuffer frame = ByteBuffer.wrap(block, 0, length + 4);
      frame.putInt(0, length - HEADER);
      frame.putInt(4, events);
      CRC32C crc = new CRC32C();
      crc.update(block, 0, 8);
      frame.putInt(8, (int) crc.getValue());
      crc.reset();
      crc.update(block, HEADER, length - HEADER);
      frame.putInt(length, (int) crc.getValue());
      writeFully(channel, frame, end);
      channel.force(false);
      end += length + 4;
      count += events;
    } catch (IOException e) {
      encoder.rollback(mark);
      cutBack();
      throw new UncheckedIOException("cannot append to the hour event file " + path, e);
    } catch (RuntimeException | Error e) {
      encoder.rollback(mark);
      cutBack();
      throw e;
    }
  }

  /** After a failed append: the file back to its last whole block, as far as it can be. */
  private void cutBack() {
    // also drops what a failed write left past the end, so the next append starts clean
    try {
      channel.truncate(end);
    } catch (IOException e) {
      LOG.warn("hour event file {}: could not cut back a failed append; reopening will", path);
    }
  }

  private void room(int n) {
    if (n > block.length) {
      block = Arrays.copyOf(block, Math.max(n, block.length * 2));
    }
  }

  @Override
  public synchronized void replayAfter(long after, Consumer<HourEvent> consumer) {
    if (after < 0) {
      throw new IllegalArgumentException("a sequence is 0 or more");
    }
    open();
    if (after >= count) {
      return;
    }
    try {
      Blocks blocks = new Blocks(channel);
      blocks.header(path);
      HourEventCodec.Decoder decoder = new HourEventCodec.Decoder(blocks.payload);
      long sequence = 0;
      while (sequence < count) {
        if (blocks.next(end) != Blocks.Status.WHOLE) {
          throw new IllegalStateException("the hour event file " + path + " changed underneath");
        }
        for (int i = 0; i < blocks.count; i++) {
          HourEvent event = decoder.decode(++sequence);
          if (sequence > after) {
            consumer.accept(event);
          }
        }
        blocks.payload.requireDone();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the hour event file " + path, e);
    }
  }

  @Override
  public synchronized long size() {
    open();
    return count;
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public synchronized long bytes() {
    return end;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the hour event file " + path, e);
      } finally {
        synchronized (OPEN) {
          OPEN.remove(fileKey);
        }
      }
    }
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("the hour event file " + path + " is closed");
    }
  }

  private static void writeFully(FileChannel channel, ByteBuffer bytes, long at)
      throws IOException {
    long position = at;
    while (bytes.hasRemaining()) {
      position += channel.write(bytes, position);
    }
  }

  /** Reads the blocks from the start of the file, each checked against its checksum. */
  private static final class Blocks {
    enum Status {
      WHOLE,
      END,
      TORN,
      DAMAGED
    }

    private final DataInputStream in;
    private final Payload payload = new Payload();
    private long position;
    int count;

    Blocks(FileChannel channel) throws IOException {
      InputStream raw = Channels.newInputStream(channel.position(0));
      // The channel's position is shared; appends write at explicit positions, never through it.
      this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    }

    void header(Path file) throws IOException {
      byte[] magic = new byte[MAGIC.length];
      try {
        in.readFully(magic);
      } catch (EOFException e) {
        throw new IllegalStateException(file + " is not an hour event file", e);
      }
      if (Arrays.equals(magic, FORMAT_1)) {
        throw new IllegalStateException(
            file + " is an hour event file of format 1, which this version does not read");
      }
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IllegalStateException(file + " is not an hour event file");
      }
      position = MAGIC.length;
    }

    /** Reads the next block, if whole, into {@link #payload} and {@link #count}. */
    Status next(long size) throws IOException {
      long left = size - position;
      if (left == 0) {
        return Status.END;
      }
      if (left < HEADER) {
        return Status.TORN; // a tail shorter than a block header: an append cut inside it
      }
      int length = in.readInt();
      int events = in.readInt();
      int stored = in.readInt();
      CRC32C crc = new CRC32C();
      crc.update(ByteBuffer.allocate(8).putInt(0, length).putInt(4, events));
      if ((int) crc.getValue() != stored) {
        // A damaged header, unless the tail is all zeros (space a crash allotted, never written).
        boolean zeros = length == 0 && events == 0 && stored == 0 && zeros(left - HEADER);
        return zeros ? Status.TORN : Status.DAMAGED;
      }
      if (length < 0 || events < 1) {
        return Status.DAMAGED; // a checked header no append writes
      }
      if (length > left - FRAME) {
        return Status.TORN; // a whole header whose block runs past the end: an append cut short
      }
      payload.fill(in, length);
      int storedPayload = in.readInt();
      crc.reset();
      crc.update(payload.bytes, 0, length);
      position += FRAME + length;
      if ((int) crc.getValue() != storedPayload) {
        return position == size ? Status.TORN : Status.DAMAGED;
      }
      count = events;
      return Status.WHOLE;
    }

    /** Whether the next {@code n} bytes are all zero. */
    private boolean zeros(long n) throws IOException {
      for (long i = 0; i < n; i++) {
        if (in.readByte() != 0) {
          return false;
        }
      }
      return true;
    }
  }

  /** One block's payload, read byte by byte by the decoder. */
  private static final class Payload implements HourEventCodec.ByteSource {
    private byte[] bytes = new byte[1 << 12];
    private int limit;
    private int at;

    void fill(DataInputStream in, int length) throws IOException {
      if (length > bytes.length) {
        bytes = new byte[Math.max(length, bytes.length * 2)];
      }
      in.readFully(bytes, 0, length);
      limit = length;
      at = 0;
    }

    void requireDone() {
      if (at != limit) {
        throw new IllegalStateException("an hour event block holds more than its events");
      }
    }

    @Override
    public byte next() {
      if (at >= limit) {
        throw new NoSuchElementException("an hour event block ends inside an event");
      }
      return bytes[at++];
    }
  }
}
