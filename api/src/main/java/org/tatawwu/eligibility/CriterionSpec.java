package org.tatawwu.eligibility;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.tatawwu.text.Identifiers;

/**
 * One criterion of a policy: its type and its parameters, as text so that a policy document can
 * carry them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type the criterion type, for example {@code age} or a custom type; an identifier
 * @param parameters the parameters by name, sorted; not null
 */
public record CriterionSpec(String type, Map<String, String> parameters) {
  /**
   * Checks the type and copies the parameters in name order.
   *
   * @param type the criterion type, for example {@code age} or a custom type; an identifier
   * @param parameters the parameters by name, sorted; not null
   */
  public CriterionSpec {
    Identifiers.check(type, "criterionType");
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
  }

  /**
   * Creates a criterion without parameters.
   *
   * @param type the type, not null
   * @return the spec
   */
  public static CriterionSpec of(String type) {
    return new CriterionSpec(type, Map.of());
  }

  /**
   * Creates a criterion with parameters.
   *
   * @param type the type, not null
   * @param parameters the parameters, not null
   * @return the spec
   */
  public static CriterionSpec of(String type, Map<String, String> parameters) {
    return new CriterionSpec(type, parameters);
  }

  /**
   * Returns a parameter.
   *
   * @param name the name, not null
   * @return the value, or empty
   */
  public Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(Objects.requireNonNull(name)));
  }
}
