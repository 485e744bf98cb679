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
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventConflictException;
import org.tatawwu.spi.HourEventFile;

/**
 * Hour events in a file: a header, then one block per append — its payload's length and event count
 * (4 bytes each), the events encoded by {@link HourEventCodec} (the log's dictionary runs across
 * blocks), and a CRC-32C of count and payload. An append writes its block at the end and forces the
 * file before returning; a block is the unit of recovery.
 *
 * <p>Opening reads every block. A last block that is incomplete or fails its checksum is the trace
 * of an append a crash cut short — it never returned, so nothing it held was promised — and is cut
 * off, with a warning naming the file and the bytes dropped. A block failing its checksum with more
 * data after it is damage, and the file is refused.
 *
 * <p>The store holds a lock on the file while open, so no other store, in this process or another,
 * opens it meanwhile. Thread-safe: appends, replays and closing are serialised.
 */
public final class FileHourEventStore implements HourEventFile {
  private static final Logger LOG = LoggerFactory.getLogger(FileHourEventStore.class);

  private static final byte[] MAGIC = "TATAWWU-HOURS 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FRAME = 12; // length, count, checksum

  private final Path path;
  private final FileChannel channel;
  private final HourEventCodec.Encoder encoder;
  private long count;
  private long end;
  private boolean closed;
  private byte[] block = new byte[1 << 12];

  private FileHourEventStore(Path path, FileChannel channel, HourEventCodec.Encoder encoder) {
    this.path = path;
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
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (!lock(channel)) {
        throw new IllegalStateException("the hour event file " + file + " is open elsewhere");
      }
      if (channel.size() == 0) {
        writeFully(channel, ByteBuffer.wrap(MAGIC), 0);
        channel.force(true);
      }
      Scan scan = scan(file, channel);
      FileHourEventStore store =
          new FileHourEventStore(file, channel, new HourEventCodec.Encoder(scan.dictionary));
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
    int mark = encoder.mark();
    try {
      int length = FRAME - 4; // length and count, then the payload
      for (HourEvent e : events) {
        byte[] bytes = encoder.encode(e);
        int n = encoder.size();
        room(length + n + 4);
        System.arraycopy(bytes, 0, block, length, n);
        length += n;
      }
      ByteBuffer frame = ByteBuffer.wrap(block, 0, length + 4);
      frame.putInt(0, length - 8);
      frame.putInt(4, events.size());
      CRC32C crc = new CRC32C();
      crc.update(block, 4, length - 4);
      frame.putInt(length, (int) crc.getValue());
      writeFully(channel, frame, end);
      channel.force(false);
      end += length + 4;
      count += events.size();
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
      if (left < FRAME) {
        return Status.TORN;
      }
      int length = in.readInt();
      int events = in.readInt();
      if (length < 0 || events < 0 || length > left - FRAME) {
        // A length past the end: an append cut short, or a damaged length that cannot be told
        // from one — either way nothing after it can be read.
        return Status.TORN;
      }
      payload.fill(in, length);
      int stored = in.readInt();
      CRC32C crc = new CRC32C();
      crc.update(ByteBuffer.allocate(4).putInt(0, events));
      crc.update(payload.bytes, 0, length);
      position += FRAME + length;
      if ((int) crc.getValue() != stored) {
        return position == size ? Status.TORN : Status.DAMAGED;
      }
      count = events;
      return Status.WHOLE;
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
