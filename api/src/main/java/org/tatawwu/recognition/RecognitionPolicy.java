package org.tatawwu.recognition;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tatawwu.text.Identifiers;
import org.tatawwu.validation.InvalidValueException;

/**
 * A versioned set of recognition rules.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the policy's identifier: 1 to 64 ASCII letters, digits, {@code . _ : -}
 * @param version the policy's version, 1 or more
 * @param rules the rules, at least one, ids unique
 */
public record RecognitionPolicy(String id, int version, List<RecognitionRule> rules) {
  /**
   * Checks the components.
   *
   * @throws InvalidValueException with code {@code recognitionPolicy.version} if the version is
   *     below 1, {@code recognitionPolicy.empty} if there is no rule, {@code
   *     recognitionPolicy.duplicateRule} if two rules share an id, or {@code policyId.format} if
   *     the id breaks the identifier rule
   * @param id the policy's identifier: 1 to 64 ASCII letters, digits, {@code . _ : -}
   * @param version the policy's version, 1 or more
   * @param rules the rules, at least one, ids unique
   */
  public RecognitionPolicy {
    Identifiers.check(id, "policyId");
    if (version < 1) {
      throw new InvalidValueException(
          "recognitionPolicy.version", "a recognition policy's version is 1 or more");
    }
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new InvalidValueException(
          "recognitionPolicy.empty", "a recognition policy has at least one rule");
    }
    Set<String> ids = new HashSet<>();
    for (RecognitionRule r : rules) {
      if (!ids.add(r.id())) {
        throw new InvalidValueException(
            "recognitionPolicy.duplicateRule", "two rules of a recognition policy share an id");
      }
    }
  }

  /**
   * Finds a rule by id.
   *
   * @param ruleId the id, not null
   * @return the rule, or empty
   */
  public Optional<RecognitionRule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }
}
