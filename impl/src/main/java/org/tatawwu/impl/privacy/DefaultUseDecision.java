package org.tatawwu.impl.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.Refusal;
import org.tatawwu.privacy.UseDecision;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.Violation;

/** A guard's decision, with its violations for explanation. Immutable and thread-safe. */
final class DefaultUseDecision implements UseDecision {
  private final Map<ModelComponent, PurposeId> allowed;
  private final List<Refusal> refused;
  private final List<PurposeId> purposes;

  DefaultUseDecision(
      Map<ModelComponent, PurposeId> allowed, List<Refusal> refused, List<PurposeId> purposes) {
    this.allowed = Collections.unmodifiableMap(new LinkedHashMap<>(allowed));
    this.refused = List.copyOf(refused);
    this.purposes = List.copyOf(purposes);
  }

  @Override
  public Map<ModelComponent, PurposeId> allowed() {
    return allowed;
  }

  @Override
  public List<Refusal> refused() {
    return refused;
  }

  @Override
  public Set<ModelComponent> refusedComponents() {
    Set<ModelComponent> out = new LinkedHashSet<>();
    refused.forEach(r -> out.add(r.component()));
    return Collections.unmodifiableSet(out);
  }

  @Override
  public List<Problem> explain(Locale locale) {
    return PrivacyMessages.problems(violations(refused), locale);
  }

  /** One violation per refusal, for explanations and exceptions. */
  List<Violation> violations(List<Refusal> of) {
    String named = purposes.stream().map(PurposeId::value).collect(Collectors.joining(", "));
    List<Violation> out = new ArrayList<>(of.size());
    for (Refusal r : of) {
      String component = r.component().toString();
      out.add(
          switch (r.reason()) {
            case NOT_COVERED ->
                Violation.of(
                    "privacy.use.notCovered",
                    "component",
                    component,
                    "category",
                    r.category(),
                    "purposes",
                    named);
            case NO_CONSENT ->
                Violation.of(
                    "privacy.use.noConsent",
                    "component",
                    component,
                    "category",
                    r.category(),
                    "purpose",
                    r.purpose().map(PurposeId::value).orElse(""));
            case WITHDRAWN ->
                Violation.of(
                    "privacy.use.withdrawn",
                    "component",
                    component,
                    "category",
                    r.category(),
                    "purpose",
                    r.purpose().map(PurposeId::value).orElse(""));
          });
    }
    return out;
  }

  @Override
  public String toString() {
    return "UseDecision[allowed=" + allowed.keySet() + ", refused=" + refusedComponents() + "]";
  }
}
