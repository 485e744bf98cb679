package org.tatawwu.json;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.field.FieldCode;
import org.tatawwu.recognition.Criterion;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.recognition.RecognitionRule;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidValueException;

/**
 * Reads and writes recognition policies as versioned JSON documents:
 *
 * <pre>{@code
 * {
 *   "format": "tatawwu-recognition-policy/1",
 *   "id": "tatawwu-recognition",
 *   "version": 1,
 *   "rules": [
 *     { "id": "bronze", "kind": "LEVEL",
 *       "criterion": { "type": "cumulativeHours", "hours": 50 },
 *       "name": { "ar": "المستوى البرونزي", "en": "Bronze level" },
 *       "description": { "ar": "...", "en": "..." } },
 *     { "id": "health-100", "kind": "BADGE",
 *       "criterion": { "type": "hoursInField", "field": "HEALTH", "hours": 100 }, ... }
 *   ]
 * }
 * }</pre>
 *
 * <p>Criterion types: {@code cumulativeHours} and {@code hoursInField} (with {@code hours} or
 * {@code minutes}, whole numbers), {@code incidentsServed} ({@code incidents}), {@code
 * firstResponse} (no parameter), {@code yearsOfService} ({@code years}). Unknown members are
 * rejected, so that a typo never silently drops a rule. This class is stateless and thread-safe.
 */
public final class RecognitionDocuments {
  /** The document format and its version. */
  public static final String FORMAT = "tatawwu-recognition-policy/1";

  private RecognitionDocuments() {}

  /**
   * Reads a recognition policy document from text.
   *
   * @param json the document, not null
   * @return the policy
   * @throws InvalidValueException with code {@code recognitionDocument.invalid}, naming every
   *     problem found, if the document is not a valid policy
   */
  public static RecognitionPolicy parse(String json) {
    @Nullable Map<String, Object> map;
    try {
      map = JsonText.object(json);
    } catch (IOException e) {
      throw invalid(List.of("the document is not valid JSON"));
    }
    if (map == null) {
      throw invalid(List.of("the document is not a JSON object"));
    }
    return fromMap(map);
  }

  /**
   * Reads a recognition policy from a parsed JSON object.
   *
   * @param map the document's members, not null
   * @return the policy
   * @throws InvalidValueException with code {@code recognitionDocument.invalid}, naming every
   *     problem found, if the document is not a valid policy
   */
  public static RecognitionPolicy fromMap(Map<String, Object> map) {
    List<String> problems = new ArrayList<>();
    unknown(map, Set.of("format", "id", "version", "rules", "description"), "", problems);
    if (!FORMAT.equals(map.get("format"))) {
      problems.add("format must be \"" + FORMAT + "\"");
    }
    Object id = map.get("id");
    if (!(id instanceof String)) {
      problems.add("id must be a string");
    }
    Object version = map.get("version");
    if (!(version instanceof Integer)) {
      problems.add("version must be a whole number");
    }
    List<RecognitionRule> rules = new ArrayList<>();
    if (map.get("rules") instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        rule(items.get(i), "rules[" + i + "]", rules, problems);
      }
    } else {
      problems.add("rules must be an array");
    }
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    try {
      return new RecognitionPolicy(
          (String) Objects.requireNonNull(id), (Integer) Objects.requireNonNull(version), rules);
    } catch (InvalidValueException e) {
      throw invalid(List.of(e.getMessage()));
    }
  }

  private static void rule(
      @Nullable Object item, String at, List<RecognitionRule> rules, List<String> problems) {
    if (!(item instanceof Map<?, ?> m)) {
      problems.add(at + " must be an object");
      return;
    }
    unknown(m, Set.of("id", "kind", "criterion", "name", "description"), at + ".", problems);
    int before = problems.size();
    Object id = m.get("id");
    if (!(id instanceof String)) {
      problems.add(at + ".id must be a string");
    }
    RecognitionRule.Kind kind = null;
    try {
      kind = RecognitionRule.Kind.valueOf(String.valueOf(m.get("kind")));
    } catch (IllegalArgumentException e) {
      problems.add(at + ".kind must be LEVEL or BADGE");
    }
    Criterion criterion = criterion(m.get("criterion"), at + ".criterion", problems);
    BilingualText name = text(m.get("name"), at + ".name", problems);
    BilingualText description = text(m.get("description"), at + ".description", problems);
    if (problems.size() > before
        || kind == null
        || criterion == null
        || name == null
        || description == null) {
      return;
    }
    try {
      rules.add(
          new RecognitionRule(
              (String) Objects.requireNonNull(id), kind, criterion, name, description));
    } catch (InvalidValueException e) {
      problems.add(at + ": " + e.getMessage());
    }
  }

  private static @Nullable Criterion criterion(
      @Nullable Object value, String at, List<String> problems) {
    if (!(value instanceof Map<?, ?> m)) {
      problems.add(at + " must be an object");
      return null;
    }
    Object type = m.get("type");
    try {
      if ("cumulativeHours".equals(type)) {
        unknown(m, Set.of("type", "hours", "minutes"), at + ".", problems);
        Long minutes = minutes(m, at, problems);
        return minutes == null ? null : new Criterion.CumulativeHours(minutes);
      }
      if ("hoursInField".equals(type)) {
        unknown(m, Set.of("type", "field", "hours", "minutes"), at + ".", problems);
        Long minutes = minutes(m, at, problems);
        if (!(m.get("field") instanceof String field)) {
          problems.add(at + ".field must be a field code");
          return null;
        }
        return minutes == null ? null : new Criterion.HoursInField(FieldCode.of(field), minutes);
      }
      if ("incidentsServed".equals(type)) {
        unknown(m, Set.of("type", "incidents"), at + ".", problems);
        Integer n = whole(m.get("incidents"), at + ".incidents", problems);
        return n == null ? null : new Criterion.IncidentsServed(n);
      }
      if ("firstResponse".equals(type)) {
        unknown(m, Set.of("type"), at + ".", problems);
        return new Criterion.FirstResponse();
      }
      if ("yearsOfService".equals(type)) {
        unknown(m, Set.of("type", "years"), at + ".", problems);
        Integer n = whole(m.get("years"), at + ".years", problems);
        return n == null ? null : new Criterion.YearsOfService(n);
      }
      problems.add(
          at
              + ".type must be cumulativeHours, hoursInField, incidentsServed, firstResponse or"
              + " yearsOfService");
    } catch (InvalidValueException e) {
      problems.add(at + ": " + e.getMessage());
    }
    return null;
  }

  private static @Nullable Long minutes(Map<?, ?> m, String at, List<String> problems) {
    boolean hours = m.containsKey("hours");
    if (hours == m.containsKey("minutes")) {
      problems.add(at + " must give exactly one of hours and minutes");
      return null;
    }
    Integer n =
        whole(m.get(hours ? "hours" : "minutes"), at + (hours ? ".hours" : ".minutes"), problems);
    return n == null ? null : hours ? n * 60L : n;
  }

  private static @Nullable Integer whole(@Nullable Object value, String at, List<String> problems) {
    if (value instanceof Integer n && n > 0) {
      return n;
    }
    problems.add(at + " must be a whole number of 1 or more");
    return null;
  }

  private static @Nullable BilingualText text(
      @Nullable Object value, String at, List<String> problems) {
    if (value instanceof Map<?, ?> m
        && m.size() == 2
        && m.get("ar") instanceof String ar
        && m.get("en") instanceof String en) {
      try {
        return BilingualText.of(ar, en);
      } catch (InvalidValueException e) {
        problems.add(at + ": " + e.getMessage());
        return null;
      }
    }
    problems.add(at + " must be {\"ar\": text, \"en\": text}");
    return null;
  }

  private static void unknown(Map<?, ?> m, Set<String> known, String at, List<String> problems) {
    for (Object key : m.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problems.add("unknown member '" + at + key + "'");
      }
    }
  }

  private static InvalidValueException invalid(List<String> problems) {
    return new InvalidValueException(
        "recognitionDocument.invalid",
        "the recognition policy document is invalid: " + String.join("; ", problems));
  }

  /**
   * Writes a recognition policy as a document that {@link #parse(String)} reads back equal.
   *
   * @param policy the policy, not null
   * @return the JSON text, pretty-printed
   */
  public static String write(RecognitionPolicy policy) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("id", policy.id());
    doc.put("version", policy.version());
    List<Object> rules = new ArrayList<>();
    for (RecognitionRule r : policy.rules()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", r.id());
      rule.put("kind", r.kind().name());
      rule.put("criterion", criterionMap(r.criterion()));
      rule.put("name", Map.of("ar", r.name().arabic(), "en", r.name().english()));
      rule.put(
          "description", Map.of("ar", r.description().arabic(), "en", r.description().english()));
      rules.add(rule);
    }
    doc.put("rules", rules);
    try {
      return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> criterionMap(Criterion c) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (c instanceof Criterion.CumulativeHours h) {
      m.put("type", "cumulativeHours");
      m.put("minutes", h.minutes());
    } else if (c instanceof Criterion.HoursInField h) {
      m.put("type", "hoursInField");
      m.put("field", h.field().value());
      m.put("minutes", h.minutes());
    } else if (c instanceof Criterion.IncidentsServed h) {
      m.put("type", "incidentsServed");
      m.put("incidents", h.incidents());
    } else if (c instanceof Criterion.FirstResponse) {
      m.put("type", "firstResponse");
    } else {
      m.put("type", "yearsOfService");
      m.put("years", ((Criterion.YearsOfService) c).years());
    }
    return m;
  }
}
