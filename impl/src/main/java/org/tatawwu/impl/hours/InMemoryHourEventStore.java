package org.tatawwu.impl.hours;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.tatawwu.hours.HourEvent;
import org.tatawwu.spi.HourEventStore;

/**
 * The embedded default store: append-only, its events kept encoded ({@link HourEventCodec}) in
 * 1-MiB byte arrays — about 50 bytes per roster line's event and no object per event, where the
 * event objects themselves hold about 400 bytes in ten objects a collector would copy. Replay
 * decodes them in order, each equal to the event appended.
 *
 * <p>Thread-safe: appends and replays are serialised.
 */
public final class InMemoryHourEventStore implements HourEventStore {
  private static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private final HourEventCodec.Encoder encoder = new HourEventCodec.Encoder();

  /** Bytes used in the last chunk. */
  private int used = CHUNK;

  private long count;

  /** Creates an empty store. */
  public InMemoryHourEventStore() {}

  @Override
  public synchronized void append(HourEvent event) {
    if (event.sequence() != count + 1) {
      throw new IllegalStateException(
          "event " + event.sequence() + " does not follow event " + count);
    }
    byte[] bytes = encoder.encode(event);
    int length = encoder.size();
    for (int from = 0; from < length; ) {
      if (used == CHUNK) {
        chunks.add(new byte[CHUNK]);
        used = 0;
      }
      int n = Math.min(length - from, CHUNK - used);
      System.arraycopy(bytes, from, chunks.get(chunks.size() - 1), used, n);
      used += n;
      from += n;
    }
    count++;
  }

  @Override
  public synchronized void replay(Consumer<HourEvent> consumer) {
    HourEventCodec.Decoder decoder = new HourEventCodec.Decoder(new Reader());
    for (long s = 1; s <= count; s++) {
      consumer.accept(decoder.decode(s));
    }
  }

  @Override
  public synchronized long size() {
    return count;
  }

  /** Bytes used in all chunks. */
  synchronized long bytes() {
    return chunks.isEmpty() ? 0 : (chunks.size() - 1L) * CHUNK + used;
  }

  /** Reads the chunks from the first byte to the last written. */
  private final class Reader implements HourEventCodec.ByteSource {
    private int chunk;
    private int at;

    @Override
    public byte next() {
      if (at == CHUNK) {
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
