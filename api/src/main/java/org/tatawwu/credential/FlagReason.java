package org.tatawwu.credential;

import java.util.Objects;
import org.tatawwu.text.BilingualText;
import org.tatawwu.text.Identifiers;

/**
 * Why a background check was flagged, as the volunteer is told it: a stable code and a statement in
 * Arabic and English. The statement names the ground of the decision and how to contest it, not the
 * record behind it.
 *
 * <p>Sensitive: {@link #toString()} shows the code only. This class is immutable and thread-safe.
 *
 * @param code the reason's code, for example {@code conviction-relevant-to-role}; an identifier
 * @param statement what the volunteer is told, not null
 */
public record FlagReason(String code, BilingualText statement) {
  /**
   * Checks the components.
   *
   * @param code the reason's code, for example {@code conviction-relevant-to-role}; an identifier
   * @param statement what the volunteer is told, not null
   */
  public FlagReason {
    Identifiers.check(code, "flagReason");
    Objects.requireNonNull(statement, "statement");
  }

  @Override
  public String toString() {
    return "FlagReason[" + code + "]";
  }
}
