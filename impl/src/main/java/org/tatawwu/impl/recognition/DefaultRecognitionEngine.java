package org.tatawwu.impl.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.recognition.Award;
import org.tatawwu.recognition.AwardChange;
import org.tatawwu.recognition.Criterion;
import org.tatawwu.recognition.LedgerOperation;
import org.tatawwu.recognition.RecognitionEngine;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.recognition.RecognitionRule;
import org.tatawwu.recognition.ServiceRecord;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Keeps each volunteer's current approved service (a correction replaces what it supersedes) and
 * re-evaluates the policy's rules for that volunteer after each operation, reporting the
 * difference. An operation costs O(e × r) for a volunteer with e current entries and a policy of r
 * rules; memory is one record per current entry plus one id per superseded entry. Exact, and
 * deterministic: changes come in the policy's rule order.
 *
 * <p>Thread-safe: operations are serialised.
 */
public final class DefaultRecognitionEngine implements RecognitionEngine {
  private final RecognitionPolicy policy;
  private final Map<VolunteerId, Service> volunteers = new HashMap<>();
  private final Map<HourEntryId, VolunteerId> owners = new HashMap<>();

  /** One volunteer's current service and awards. */
  private static final class Service {
    final Map<HourEntryId, ServiceRecord> current = new LinkedHashMap<>();
    final Set<HourEntryId> superseded = new HashSet<>();
    Set<String> awarded = new LinkedHashSet<>();
  }

  /**
   * Creates an engine with no service seen.
   *
   * @param policy the policy, not null
   */
  public DefaultRecognitionEngine(RecognitionPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public RecognitionPolicy policy() {
    return policy;
  }

  @Override
  public synchronized List<AwardChange> apply(LedgerOperation operation) {
    Objects.requireNonNull(operation, "operation");
    ServiceRecord record;
    HourEntryId replaced = null;
    if (operation instanceof LedgerOperation.Approve approve) {
      record = approve.service();
    } else {
      LedgerOperation.Correct correct = (LedgerOperation.Correct) operation;
      record = correct.correction();
      replaced = correct.superseded();
    }
    VolunteerId owner = owners.get(record.entry());
    if (owner != null && !owner.equals(record.volunteer())) {
      throw conflict();
    }
    Service service = volunteers.computeIfAbsent(record.volunteer(), v -> new Service());
    ServiceRecord seen = service.current.get(record.entry());
    if (seen != null) {
      // The same entry again: a replay if it is the same content (and, for a correction, the
      // entry it replaces is already gone).
      if (!seen.equals(record) || (replaced != null && !service.superseded.contains(replaced))) {
        throw conflict();
      }
      return List.of();
    }
    if (service.superseded.contains(record.entry())) {
      return List.of(); // a replay of an entry since corrected
    }
    if (replaced != null) {
      if (!service.current.containsKey(replaced)) {
        throw conflict();
      }
      service.current.remove(replaced);
      service.superseded.add(replaced);
    }
    service.current.put(record.entry(), record);
    owners.put(record.entry(), record.volunteer());
    return reevaluate(record.volunteer(), service);
  }

  private List<AwardChange> reevaluate(VolunteerId volunteer, Service service) {
    Set<String> now = new LinkedHashSet<>();
    for (RecognitionRule rule : policy.rules()) {
      if (meets(rule.criterion(), service.current.values())) {
        now.add(rule.id());
      }
    }
    List<AwardChange> changes = new ArrayList<>();
    for (RecognitionRule rule : policy.rules()) {
      boolean before = service.awarded.contains(rule.id());
      boolean after = now.contains(rule.id());
      if (before != after) {
        changes.add(
            new AwardChange(
                after ? AwardChange.Type.AWARDED : AwardChange.Type.REVOKED,
                new Award(volunteer, rule.id(), policy.version())));
      }
    }
    service.awarded = now;
    return List.copyOf(changes);
  }

  static boolean meets(Criterion criterion, Iterable<ServiceRecord> service) {
    if (criterion instanceof Criterion.CumulativeHours c) {
      long total = 0;
      for (ServiceRecord r : service) {
        total = Math.addExact(total, r.minutes());
      }
      return total >= c.minutes();
    }
    if (criterion instanceof Criterion.HoursInField c) {
      String prefix = c.field().value() + ".";
      long total = 0;
      for (ServiceRecord r : service) {
        if (r.field().equals(c.field()) || r.field().value().startsWith(prefix)) {
          total = Math.addExact(total, r.minutes());
        }
      }
      return total >= c.minutes();
    }
    if (criterion instanceof Criterion.IncidentsServed c) {
      Set<String> incidents = new HashSet<>();
      for (ServiceRecord r : service) {
        r.incident().ifPresent(incidents::add);
      }
      return incidents.size() >= c.incidents();
    }
    if (criterion instanceof Criterion.FirstResponse) {
      for (ServiceRecord r : service) {
        if (r.firstResponse()) {
          return true;
        }
      }
      return false;
    }
    Criterion.YearsOfService c = (Criterion.YearsOfService) criterion;
    Set<Integer> years = new HashSet<>();
    for (ServiceRecord r : service) {
      years.add(r.day().getYear());
    }
    return years.size() >= c.years();
  }

  @Override
  public synchronized Set<Award> awards(VolunteerId volunteer) {
    Service service = volunteers.get(volunteer);
    if (service == null) {
      return Set.of();
    }
    Set<Award> out = new LinkedHashSet<>();
    for (String id : service.awarded) {
      out.add(new Award(volunteer, id, policy.version()));
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  private static InvalidValueException conflict() {
    return new InvalidValueException(
        "recognition.conflict", "the operation contradicts the service seen so far");
  }

  @Override
  public String toString() {
    return "DefaultRecognitionEngine[policy=" + policy.id() + " v" + policy.version() + "]";
  }
}
