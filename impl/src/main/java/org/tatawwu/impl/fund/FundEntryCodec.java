package org.tatawwu.impl.fund;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Channel;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.DonorId;
import org.tatawwu.fund.DonorType;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundOperation;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;

/**
 * Journal entries as bytes, for the file store: fixed-width big-endian numbers, text as a length
 * and UTF-8 bytes, enums by name (so that reordering constants never changes a stored entry), an
 * absent optional as a zero byte. Every entry decodes equal to the entry encoded; bytes that do not
 * decode to a valid entry throw {@link IllegalStateException}.
 *
 * <p>Not thread-safe: one encoder per store, used under its lock.
 */
final class FundEntryCodec {
  private static final byte DONATION = 1;
  private static final byte REFUND = 2;
  private static final byte DISBURSEMENT = 3;

  private byte[] bytes = new byte[256];
  private int size;

  /** Starts a new payload. */
  void reset() {
    size = 0;
  }

  /**
   * Returns the bytes written since {@link #reset()}; valid until the next write.
   *
   * @return the buffer, of which the first {@link #size()} bytes are the payload
   */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Returns how many bytes were written since {@link #reset()}.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * Appends one entry to the payload.
   *
   * @param e the entry, not null
   */
  void encode(JournalEntry e) {
    putLong(e.sequence());
    putInstant(e.at());
    putLong(e.day().toEpochDay());
    putLong(e.balanceAfter().halalas());
    FundOperation op = e.operation();
    if (op instanceof Donation d) {
      put(DONATION);
      common(d);
      text(d.donor().value());
      text(d.donorType().name());
      text(d.channel().name());
    } else if (op instanceof Refund r) {
      put(REFUND);
      common(r);
      putLong(r.donation());
      text(r.reason());
    } else {
      Disbursement d = (Disbursement) op;
      put(DISBURSEMENT);
      common(d);
      text(d.association().value());
      text(d.category().name());
      text(d.region().name());
      putLong(d.date().toEpochDay());
      if (d.beneficiary().isPresent()) {
        put((byte) 1);
        text(d.beneficiary().get().value());
      } else {
        put((byte) 0);
      }
      if (d.verification().isPresent()) {
        NeedVerification v = d.verification().get();
        put((byte) 1);
        text(v.verifiedBy());
        putInstant(v.verifiedAt());
        text(v.evidence().name());
      } else {
        put((byte) 0);
      }
      putInt(d.volunteersInvolved());
    }
  }

  private void common(FundOperation op) {
    text(op.key().value());
    text(op.fund().value());
    putLong(op.amount().halalas());
    text(recordedBy(op));
  }

  private static String recordedBy(FundOperation op) {
    if (op instanceof Donation d) {
      return d.recordedBy();
    }
    if (op instanceof Refund r) {
      return r.recordedBy();
    }
    return ((Disbursement) op).recordedBy();
  }

  /**
   * Reads one entry.
   *
   * @param in the bytes, positioned at an entry, not null
   * @return the entry
   * @throws IllegalStateException if the bytes are not a valid entry
   */
  static JournalEntry decode(ByteBuffer in) {
    try {
      long sequence = in.getLong();
      Instant at = Instant.ofEpochSecond(in.getLong(), in.getInt());
      LocalDate day = LocalDate.ofEpochDay(in.getLong());
      SarAmount balance = SarAmount.ofHalalas(in.getLong());
      byte kind = in.get();
      IdempotencyKey key = IdempotencyKey.of(text(in));
      FundId fund = FundId.of(text(in));
      SarAmount amount = SarAmount.ofHalalas(in.getLong());
      String recordedBy = text(in);
      FundOperation op =
          switch (kind) {
            case DONATION ->
                new Donation(
                    key,
                    fund,
                    DonorId.of(text(in)),
                    DonorType.valueOf(text(in)),
                    Channel.valueOf(text(in)),
                    amount,
                    recordedBy);
            case REFUND -> new Refund(key, fund, in.getLong(), amount, text(in), recordedBy);
            case DISBURSEMENT -> disbursement(in, key, fund, amount, recordedBy);
            default -> throw new IllegalStateException("unknown fund operation " + kind);
          };
      return new JournalEntry(sequence, at, day, op, balance);
    } catch (BufferUnderflowException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalStateException("not a fund journal entry", e);
    }
  }

  private static Disbursement disbursement(
      ByteBuffer in, IdempotencyKey key, FundId fund, SarAmount amount, String recordedBy) {
    AssociationId association = AssociationId.of(text(in));
    ServiceCategory category = ServiceCategory.valueOf(text(in));
    Region region = Region.valueOf(text(in));
    LocalDate date = LocalDate.ofEpochDay(in.getLong());
    Optional<BeneficiaryRef> beneficiary =
        flag(in) ? Optional.of(BeneficiaryRef.of(text(in))) : Optional.empty();
    Optional<NeedVerification> verification =
        flag(in)
            ? Optional.of(
                new NeedVerification(
                    text(in),
                    Instant.ofEpochSecond(in.getLong(), in.getInt()),
                    NeedVerification.Evidence.valueOf(text(in))))
            : Optional.empty();
    return new Disbursement(
        key,
        fund,
        association,
        category,
        region,
        amount,
        date,
        beneficiary,
        verification,
        in.getInt(),
        recordedBy);
  }

  private static boolean flag(ByteBuffer in) {
    byte b = in.get();
    if (b != 0 && b != 1) {
      throw new IllegalStateException("not a flag: " + b);
    }
    return b == 1;
  }

  private static String text(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalStateException("a text length out of range");
    }
    byte[] utf8 = new byte[n];
    in.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private void text(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    putInt(utf8.length);
    room(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  private void putInstant(Instant instant) {
    putLong(instant.getEpochSecond());
    putInt(instant.getNano());
  }

  private void put(byte b) {
    room(1);
    bytes[size++] = b;
  }

  private void putInt(int v) {
    room(4);
    ByteBuffer.wrap(bytes, size, 4).putInt(v);
    size += 4;
  }

  private void putLong(long v) {
    room(8);
    ByteBuffer.wrap(bytes, size, 8).putLong(v);
    size += 8;
  }

  private void room(int n) {
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
    }
  }
}
