package org.tatawwu.impl.privacy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tatawwu.privacy.Classification;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.DataCategory;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.Refusal;
import org.tatawwu.privacy.UseDecision;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The purpose guard: a component may be used when one of the named purposes covers its category and
 * is lawful at the instant (no consent needed, or the volunteer's consent in force). Components
 * that are not personal are always allowed. O(c · p) per decision for c components and p purposes,
 * plus the register's look-ups. Thread-safe.
 */
final class DefaultPurposeGuard implements PurposeGuard {
  /** Every component of a volunteer, in declaration order. */
  static final Set<ModelComponent> VOLUNTEER_COMPONENTS = components(Volunteer.class);

  private final ConsentRegister consents;
  private final Classification classification;

  DefaultPurposeGuard(ConsentRegister consents, Classification classification) {
    this.consents = Objects.requireNonNull(consents, "consents");
    this.classification = Objects.requireNonNull(classification, "classification");
  }

  static Set<ModelComponent> components(Class<? extends Record> model) {
    Set<ModelComponent> out = new LinkedHashSet<>();
    for (RecordComponent c : model.getRecordComponents()) {
      out.add(ModelComponent.of(model, c.getName()));
    }
    return Set.copyOf(out);
  }

  @Override
  public UseDecision decide(
      VolunteerId subject, List<PurposeId> purposes, Set<ModelComponent> components, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    List<Purpose> named = resolve(purposes);
    List<ModelComponent> ordered = new ArrayList<>(components);
    ordered.sort(Comparator.comparing(ModelComponent::toString));
    Map<ModelComponent, PurposeId> allowed = new LinkedHashMap<>();
    List<Refusal> refused = new ArrayList<>();
    for (ModelComponent c : ordered) {
      DataCategory category = classification.categoryOf(c);
      if (!category.personal()) {
        allowed.put(c, named.get(0).id());
        continue;
      }
      Optional<Purpose> lawful = Optional.empty();
      Optional<Purpose> firstCovering = Optional.empty();
      for (Purpose p : named) {
        if (p.covers(category)) {
          if (firstCovering.isEmpty()) {
            firstCovering = Optional.of(p);
          }
          if (!p.basis().needsConsent() || consents.inForce(subject, p.id(), at)) {
            lawful = Optional.of(p);
            break;
          }
        }
      }
      if (lawful.isPresent()) {
        allowed.put(c, lawful.get().id());
      } else if (firstCovering.isEmpty()) {
        refused.add(new Refusal(c, category, Refusal.Reason.NOT_COVERED, Optional.empty()));
      } else {
        PurposeId p = firstCovering.get().id();
        boolean withdrawn =
            consents
                .latest(subject, p, at)
                .map(r -> r.action() == ConsentRecord.Action.WITHDRAWN)
                .orElse(false);
        refused.add(
            new Refusal(
                c,
                category,
                withdrawn ? Refusal.Reason.WITHDRAWN : Refusal.Reason.NO_CONSENT,
                Optional.of(p)));
      }
    }
    return new DefaultUseDecision(allowed, refused, purposes);
  }

  @Override
  public void require(
      VolunteerId subject, List<PurposeId> purposes, Set<ModelComponent> components, Instant at) {
    DefaultUseDecision d = (DefaultUseDecision) decide(subject, purposes, components, at);
    if (!d.refused().isEmpty()) {
      throw PrivacyMessages.refuse(d.violations(d.refused()));
    }
  }

  @Override
  public Volunteer minimise(Volunteer v, List<PurposeId> purposes, Instant at) {
    DefaultUseDecision d = (DefaultUseDecision) decide(v.id(), purposes, VOLUNTEER_COMPONENTS, at);
    if (d.refused().isEmpty()) {
      return v;
    }
    Set<String> refused = new LinkedHashSet<>();
    d.refusedComponents().forEach(c -> refused.add(c.component()));
    List<Refusal> indispensable = new ArrayList<>();
    for (Refusal r : d.refused()) {
      if (!STRIPPABLE.contains(r.component().component())) {
        indispensable.add(r);
      }
    }
    if (!indispensable.isEmpty()) {
      throw PrivacyMessages.refuse(d.violations(indispensable));
    }
    return new Volunteer(
        v.id(),
        v.nationalId(),
        v.name(),
        v.mobile(),
        refused.contains("email") ? Optional.empty() : v.email(),
        v.birthDate(),
        v.gender(),
        v.nationality(),
        v.region(),
        refused.contains("city") ? Optional.empty() : v.city(),
        refused.contains("location") ? Optional.empty() : v.location(),
        refused.contains("skills") ? Map.of() : v.skills(),
        refused.contains("fieldsOfInterest") ? Set.of() : v.fieldsOfInterest(),
        refused.contains("languages") ? Set.of() : v.languages(),
        v.availability(),
        refused.contains("trainings") ? List.of() : v.trainings(),
        refused.contains("guardianConsent") ? Optional.empty() : v.guardianConsent(),
        refused.contains("backgroundCheck") ? Optional.empty() : v.backgroundCheck(),
        v.status());
  }

  /** The volunteer's components a minimised copy can go without. */
  private static final Set<String> STRIPPABLE =
      Set.of(
          "email",
          "city",
          "location",
          "skills",
          "fieldsOfInterest",
          "languages",
          "trainings",
          "guardianConsent",
          "backgroundCheck");

  private List<Purpose> resolve(List<PurposeId> ids) {
    if (ids.isEmpty()) {
      throw new InvalidValueException("privacy.purposes.empty", "name at least one purpose");
    }
    Map<PurposeId, Purpose> known = new LinkedHashMap<>();
    consents.purposes().forEach(p -> known.put(p.id(), p));
    List<Purpose> out = new ArrayList<>();
    List<Violation> unknown = new ArrayList<>();
    for (PurposeId id : ids) {
      Purpose p = known.get(Objects.requireNonNull(id, "purpose"));
      if (p == null) {
        unknown.add(Violation.of("privacy.purpose.unknown", "purpose", id.value()));
      } else {
        out.add(p);
      }
    }
    if (!unknown.isEmpty()) {
      throw PrivacyMessages.refuse(unknown);
    }
    return out;
  }
}
