package org.tatawwu.impl.hours;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.hours.HourEventConflictException;
import org.tatawwu.hours.HourEventStore;

/**
 * The embedded default store: append-only, its events kept encoded ({@link HourEventCodec}) in byte
 * arrays of 4 KiB, then twice as large each up to 1 MiB — about 46 bytes for a roster line's event
 * and no object per event, where the event objects themselves hold about 400 bytes in ten objects a
 * collector would copy. Replay decodes them in order, each equal to the event appended.
 *
 * <p>Thread-safe: appends and replays are serialised. Several ledgers may share one store.
 */
public final class InMemoryHourEventStore implements HourEventStore, RosterStore {
  private static final int FIRST_CHUNK = 1 << 12;
  private static final int LARGEST_CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private final HourEventCodec.Encoder encoder = new HourEventCodec.Encoder();

  /** Bytes used in the last chunk. */
  private int used;

  private long count;

  /** Creates an empty store. */
  public InMemoryHourEventStore() {}

  @Override
  public synchronized void appendAll(List<HourEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    long first = events.get(0).sequence();
    if (first <= count) {
      throw new HourEventConflictException(
          first, "event " + first + " is taken: the store holds " + count + " events");
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).sequence() != count + 1 + i) {
        throw new IllegalStateException(
            "event " + events.get(i).sequence() + " does not follow event " + (count + i));
      }
    }
    append(events.size(), i -> encoder.encode(events.get(i)));
  }

  @Override
  public synchronized void appendSubmissions(
      long first, RosterRows rows, long firstEntry, Instant at) {
    if (rows.size() == 0) {
      return;
    }
    if (first <= count) {
      throw new HourEventConflictException(
          first, "event " + first + " is taken: the store holds " + count + " events");
    }
    if (first != count + 1) {
      throw new IllegalStateException("event " + first + " does not follow event " + count);
    }
    append(rows.size(), r -> encoder.encodeSubmission(rows, r, firstEntry + r, at));
  }

  /** Appends {@code n} events, each encoded by {@code encode}: all of them or, on failure, none. */
  private void append(int n, IntFunction<byte[]> encode) {
    int chunksBefore = chunks.size();
    int usedBefore = used;
    int mark = encoder.mark();
    try {
      for (int i = 0; i < n; i++) {
        write(encode.apply(i));
      }
    } catch (RuntimeException | Error e) {
      // all of the batch or nothing: back to the bytes and dictionary before it
      encoder.rollback(mark);
      while (chunks.size() > chunksBefore) {
        chunks.remove(chunks.size() - 1);
      }
      used = usedBefore;
      throw e;
    }
    count += n;
  }

  /** Writes the encoder's last {@link HourEventCodec.Encoder#size} bytes of {@code bytes}. */
  private void write(byte[] bytes) {
    int length = encoder.size();
    for (int from = 0; from < length; ) {
      byte[] last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
      if (last == null || used == last.length) {
        last = new byte[last == null ? FIRST_CHUNK : Math.min(2 * last.length, LARGEST_CHUNK)];
        chunks.add(last);
        used = 0;
      }
      int n = Math.min(length - from, last.length - used);
      System.arraycopy(bytes, from, last, used, n);
      used += n;
      from += n;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>With nothing after {@code sequence} this is one comparison under the store's lock. Otherwise
   * the log is decoded from its start (its dictionary runs through it), so catching up costs the
   * decoding of the whole log: cheap for the embedded single-ledger use, linear in the log for
   * several ledgers sharing one store in memory.
   */
  @Override
  public synchronized void replayAfter(long sequence, Consumer<HourEvent> consumer) {
    if (sequence < 0) {
      throw new IllegalArgumentException("a sequence is 0 or more");
    }
    if (sequence >= count) {
      return;
    }
    HourEventCodec.Decoder decoder = new HourEventCodec.Decoder(new Reader());
    for (long s = 1; s <= count; s++) {
      HourEvent event = decoder.decode(s);
      if (s > sequence) {
        consumer.accept(event);
      }
    }
  }

  @Override
  public synchronized long size() {
    return count;
  }

  /** Bytes used in all chunks. */
  synchronized long bytes() {
    long full = 0;
    for (int i = 0; i < chunks.size() - 1; i++) {
      full += chunks.get(i).length;
    }
    return full + used;
  }

  /** Reads the chunks from the first byte to the last written. */
  private final class Reader implements HourEventCodec.ByteSource {
    private int chunk;
    private int at;

    @Override
    public byte next() {
      if (chunk < chunks.size() && at == chunks.get(chunk).length) {
        chunk++;
        at = 0;
      }
      if (chunk >= chunks.size() || (chunk == chunks.size() - 1 && at >= used)) {
        throw new NoSuchElementException("the event log ends inside an event");
      }
      return chunks.get(chunk)[at++];
    }
  }
}
