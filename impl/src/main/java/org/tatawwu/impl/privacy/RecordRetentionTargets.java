package org.tatawwu.impl.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentStore;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.RecordClass;
import org.tatawwu.privacy.RetainedRecord;
import org.tatawwu.privacy.RetentionTarget;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The retention targets over consent histories, background-check cases and appraisals. Each lists
 * its records afresh at every call, sorted by id, and is thread-safe when its store or suppliers
 * are.
 */
final class RecordRetentionTargets {
  private RecordRetentionTargets() {}

  /** Consent histories: one record per volunteer whose consents are all withdrawn. */
  static final class Consents implements RetentionTarget {
    private final ConsentStore store;

    Consents(ConsentStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public RecordClass recordClass() {
      return RecordClass.CONSENT_HISTORY;
    }

    @Override
    public List<RetainedRecord> records() {
      List<RetainedRecord> out = new ArrayList<>();
      for (VolunteerId subject : store.subjects()) {
        List<ConsentRecord> history = store.history(subject);
        Map<PurposeId, ConsentRecord> lastRecorded = new HashMap<>();
        Instant latest = Instant.MIN;
        for (ConsentRecord r : history) {
          lastRecorded.put(r.purpose(), r);
          latest = r.at().isAfter(latest) ? r.at() : latest;
        }
        boolean allWithdrawn =
            !history.isEmpty()
                && lastRecorded.values().stream()
                    .allMatch(r -> r.action() == ConsentRecord.Action.WITHDRAWN);
        if (allWithdrawn) {
          out.add(
              new RetainedRecord(RecordClass.CONSENT_HISTORY, subject.value(), subject, latest));
        }
      }
      out.sort(Comparator.comparing(RetainedRecord::id));
      return out;
    }

    @Override
    public void destroy(RetainedRecord record) {
      store.destroyHistory(record.subject());
    }

    @Override
    public String toString() {
      return "ConsentRetention";
    }
  }

  /** Background-check cases: counted from their last step or the end of their validity. */
  static final class BackgroundChecks implements RetentionTarget {
    private final Supplier<List<BackgroundCheckCase>> cases;
    private final Consumer<BackgroundCheckCase> destroy;

    BackgroundChecks(
        Supplier<List<BackgroundCheckCase>> cases, Consumer<BackgroundCheckCase> destroy) {
      this.cases = Objects.requireNonNull(cases, "cases");
      this.destroy = Objects.requireNonNull(destroy, "destroy");
    }

    @Override
    public RecordClass recordClass() {
      return RecordClass.BACKGROUND_CHECK;
    }

    @Override
    public List<RetainedRecord> records() {
      List<RetainedRecord> out = new ArrayList<>();
      for (BackgroundCheckCase c : cases.get()) {
        out.add(
            new RetainedRecord(
                RecordClass.BACKGROUND_CHECK, c.id().value(), c.volunteer(), reference(c)));
      }
      out.sort(Comparator.comparing(RetainedRecord::id));
      return out;
    }

    /** The later of the last step and 00:00 UTC the day after the last day of validity. */
    static Instant reference(BackgroundCheckCase c) {
      Instant last = Instant.MIN;
      for (BackgroundCheckCase.Step s : c.history()) {
        last = s.at().isAfter(last) ? s.at() : last;
      }
      if (c.validUntil().isPresent()) {
        Instant expiry = c.validUntil().get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        last = expiry.isAfter(last) ? expiry : last;
      }
      return last;
    }

    @Override
    public void destroy(RetainedRecord record) {
      for (BackgroundCheckCase c : cases.get()) {
        if (c.id().value().equals(record.id())) {
          destroy.accept(c);
          return;
        }
      }
    }

    @Override
    public String toString() {
      return "BackgroundCheckRetention";
    }
  }

  /** Appraisals: counted from when they were given. */
  static final class Appraisals implements RetentionTarget {
    private final Supplier<List<Appraisal>> appraisals;
    private final Consumer<Appraisal> destroy;

    Appraisals(Supplier<List<Appraisal>> appraisals, Consumer<Appraisal> destroy) {
      this.appraisals = Objects.requireNonNull(appraisals, "appraisals");
      this.destroy = Objects.requireNonNull(destroy, "destroy");
    }

    @Override
    public RecordClass recordClass() {
      return RecordClass.APPRAISAL;
    }

    @Override
    public List<RetainedRecord> records() {
      List<RetainedRecord> out = new ArrayList<>();
      for (Appraisal a : appraisals.get()) {
        out.add(new RetainedRecord(RecordClass.APPRAISAL, id(a), a.volunteer(), a.at()));
      }
      out.sort(Comparator.comparing(RetainedRecord::id));
      return out;
    }

    /**
     * {@code appraisal:} and 32 hex digits of the SHA-256 of need, volunteer, direction, instant.
     */
    static String id(Appraisal a) {
      String key =
          a.need().value()
              + '\u0000'
              + a.volunteer().value()
              + '\u0000'
              + a.direction().name()
              + '\u0000'
              + a.at();
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return "appraisal:" + HexFormat.of().formatHex(digest, 0, 16);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is not available", e);
      }
    }

    @Override
    public void destroy(RetainedRecord record) {
      for (Appraisal a : appraisals.get()) {
        if (id(a).equals(record.id())) {
          destroy.accept(a);
          return;
        }
      }
    }

    @Override
    public String toString() {
      return "AppraisalRetention";
    }
  }
}
