package org.tatawwu.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tatawwu.validation.Problem;

/**
 * The answer of a {@link PurposeGuard}: which components may be used, under which purpose, and
 * which are refused, with localised explanations.
 *
 * <p>Implementations are immutable and thread-safe; they hold no personal data.
 */
public interface UseDecision {
  /**
   * Returns the components that may be used, each with the purpose that makes the use lawful.
   *
   * @return an unmodifiable map
   */
  Map<ModelComponent, PurposeId> allowed();

  /**
   * Returns the components refused.
   *
   * @return the refusals, in a stable order
   */
  List<Refusal> refused();

  /**
   * Returns whether a component may be used.
   *
   * @param component the component, not null
   * @return true when allowed
   */
  default boolean allows(ModelComponent component) {
    return allowed().containsKey(component);
  }

  /**
   * Returns the components refused.
   *
   * @return the refused components, in the order of {@link #refused()}
   */
  Set<ModelComponent> refusedComponents();

  /**
   * Explains each refusal in Arabic or English: which component, why, and which purpose's consent
   * would allow it. The messages name components and purposes, never personal values.
   *
   * @param locale Arabic for any {@code ar} locale, English otherwise; not null
   * @return one problem per refusal, path the component (for example {@code Volunteer.location})
   */
  List<Problem> explain(Locale locale);
}
