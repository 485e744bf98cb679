package org.tatawwu.impl.incident;

import org.tatawwu.impl.validation.RuleMessages;

/** The incident bundles ({@code Incident_en}, {@code Incident_ar}). */
final class IncidentMessages {
  static final String BASE_NAME = "org.tatawwu.impl.incident.Incident";
  static final RuleMessages MESSAGES = new RuleMessages(BASE_NAME);

  private IncidentMessages() {}
}
