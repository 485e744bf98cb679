package org.tatawwu.impl.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tatawwu.impl.validation.RuleMessages;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * The privacy bundles ({@code Privacy_en}, {@code Privacy_ar}); a violation's {@code component}
 * argument becomes the problem's path. Thread-safe.
 */
final class PrivacyMessages {
  static final String BASE_NAME = "org.tatawwu.impl.privacy.Privacy";
  private static final RuleMessages MESSAGES = new RuleMessages(BASE_NAME);

  private PrivacyMessages() {}

  static List<Problem> problems(List<Violation> violations, Locale locale) {
    List<Problem> raw = MESSAGES.problems(violations, locale);
    List<Problem> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Object component = violations.get(i).arguments().get("component");
      Problem p = raw.get(i);
      out.add(new Problem(component == null ? "" : component.toString(), p.code(), p.message()));
    }
    return out;
  }

  static RuleException refuse(List<Violation> violations) {
    return new RuleException(violations, PrivacyMessages::problems);
  }
}
