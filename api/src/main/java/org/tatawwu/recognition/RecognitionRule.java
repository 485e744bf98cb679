package org.tatawwu.recognition;

import java.util.Objects;
import org.tatawwu.text.BilingualText;
import org.tatawwu.text.Identifiers;

/**
 * One level or badge of a recognition policy.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rule's identifier, unique in its policy: 1 to 64 ASCII letters, digits, {@code . _
 *     : -}
 * @param kind a level or a badge, not null
 * @param criterion what awards it, not null
 * @param name its bilingual name, not null
 * @param description its bilingual description, not null
 */
public record RecognitionRule(
    String id, Kind kind, Criterion criterion, BilingualText name, BilingualText description) {

  /** Levels rank a volunteer's overall service; badges mark particular service. */
  public enum Kind {
    /** A level (for example bronze, silver, gold by cumulative hours). */
    LEVEL,
    /** A badge (first response, hours in a field, incidents served, years of service). */
    BADGE
  }

  /**
   * Checks the components.
   *
   * @throws org.tatawwu.validation.InvalidValueException with code {@code ruleId.format} if the id
   *     breaks the identifier rule
   * @param id the rule's identifier, unique in its policy: 1 to 64 ASCII letters, digits, {@code .
   *     _ : -}
   * @param kind a level or a badge, not null
   * @param criterion what awards it, not null
   * @param name its bilingual name, not null
   * @param description its bilingual description, not null
   */
  public RecognitionRule {
    Identifiers.check(id, "ruleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }
}
