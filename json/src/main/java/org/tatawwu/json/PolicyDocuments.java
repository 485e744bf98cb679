package org.tatawwu.json;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.validation.InvalidValueException;

/**
 * Reads and writes eligibility policies as versioned JSON documents:
 *
 * <pre>{@code
 * {
 *   "format": "tatawwu-eligibility-policy/1",
 *   "id": "tatawwu-standard",
 *   "version": 3,
 *   "criteria": [
 *     { "type": "age", "parameters": { "minimumAge": "16", "calendar": "HIJRI" } },
 *     { "type": "trainings", "parameters": { "graceDays": 30 } },
 *     { "type": "overlap" }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code format} names the document format and its version; {@code version} is the policy's own
 * version. Parameter values may be strings, numbers or booleans; they are kept as text. Unknown
 * members are rejected, so that a typo never silently drops a rule. This class is stateless and
 * thread-safe.
 */
public final class PolicyDocuments {
  /** The document format and its version. */
  public static final String FORMAT = "tatawwu-eligibility-policy/1";

  private PolicyDocuments() {}

  /**
   * The longest document {@link #read(Reader)} and {@link #parse(String)} accept, in characters.
   */
  public static final int MAX_DOCUMENT_LENGTH = 1 << 20;

  /** The most problems a message lists; the rest are counted. */
  private static final int LISTED_PROBLEMS = 20;

  /** The most characters of a member's name a message quotes. */
  private static final int QUOTED_NAME = 40;

  /**
   * Reads a policy document.
   *
   * @param json the document, not null, at most {@link #MAX_DOCUMENT_LENGTH} characters; not closed
   * @return the policy
   * @throws InvalidValueException with code {@code policyDocument.invalid}, naming every problem
   *     found (the first 20 in the message, the rest counted), if the document is not a valid
   *     policy, not a JSON object, or longer than {@link #MAX_DOCUMENT_LENGTH}
   * @throws UncheckedIOException if reading fails
   */
  public static EligibilityPolicy read(Reader json) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = json.read(buffer)) >= 0; ) {
        if (text.length() + n > MAX_DOCUMENT_LENGTH) {
          throw tooLong();
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(text.toString());
  }

  /**
   * Reads a policy document from text.
   *
   * @param json the document, not null, at most {@link #MAX_DOCUMENT_LENGTH} characters
   * @return the policy
   * @throws InvalidValueException with code {@code policyDocument.invalid} if the document is not a
   *     valid policy, not a JSON object, or longer than {@link #MAX_DOCUMENT_LENGTH}
   */
  public static EligibilityPolicy parse(String json) {
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    @Nullable Object document;
    try {
      document = JsonText.value(json);
    } catch (IOException e) {
      throw new InvalidValueException(
          "policyDocument.invalid", "the policy document is not valid JSON");
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new InvalidValueException(
          "policyDocument.invalid", "a policy document is a JSON object");
    }
    @SuppressWarnings("unchecked") // jackson-jr reads JSON objects as maps with string keys
    Map<String, Object> members = (Map<String, Object>) map;
    return fromMap(members);
  }

  private static InvalidValueException tooLong() {
    return new InvalidValueException(
        "policyDocument.invalid",
        "a policy document has at most " + MAX_DOCUMENT_LENGTH + " characters");
  }

  /** Quotes a member's name from the document, shortened, for a message. */
  private static String quoted(Object name) {
    return "'" + shortened(name) + "'";
  }

  /** A member's name from the document, cut to {@link #QUOTED_NAME} characters for a message. */
  private static String shortened(Object name) {
    String s = String.valueOf(name);
    if (s.length() <= QUOTED_NAME) {
      return s;
    }
    int end = QUOTED_NAME - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  private static String listed(List<String> problems) {
    if (problems.size() <= LISTED_PROBLEMS) {
      return String.join("; ", problems);
    }
    return String.join("; ", problems.subList(0, LISTED_PROBLEMS))
        + "; and "
        + (problems.size() - LISTED_PROBLEMS)
        + " more";
  }

  /**
   * Writes a policy as a document; {@link #parse(String)} of the result equals the policy.
   *
   * @param policy the policy, not null
   * @return the JSON text, pretty-printed
   */
  public static String write(EligibilityPolicy policy) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("id", policy.id());
    doc.put("version", policy.version());
    List<Object> criteria = new ArrayList<>();
    for (CriterionSpec c : policy.criteria()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", c.type());
      if (!c.parameters().isEmpty()) {
        m.put("parameters", c.parameters());
      }
      criteria.add(m);
    }
    doc.put("criteria", criteria);
    try {
      return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EligibilityPolicy fromMap(Map<String, Object> map) {
    List<String> problems = new ArrayList<>();
    for (String key : map.keySet()) {
      if (!List.of("format", "id", "version", "criteria").contains(key)) {
        problems.add("unknown member " + quoted(key));
      }
    }
    if (!FORMAT.equals(map.get("format"))) {
      problems.add("format must be \"" + FORMAT + "\"");
    }
    String id = map.get("id") instanceof String s ? s : null;
    if (id == null) {
      problems.add("id must be a string");
    }
    Integer version = map.get("version") instanceof Integer v ? v : null;
    if (version == null) {
      problems.add("version must be a whole number");
    }
    List<CriterionSpec> criteria = new ArrayList<>();
    Object list = map.get("criteria");
    if (!(list instanceof List<?> items)) {
      problems.add("criteria must be an array");
    } else {
      for (int i = 0; i < items.size(); i++) {
        criterion(items.get(i), i, criteria, problems);
      }
    }
    if (!problems.isEmpty() || id == null || version == null) {
      throw new InvalidValueException(
          "policyDocument.invalid", "invalid policy document: " + listed(problems));
    }
    try {
      return new EligibilityPolicy(id, version, criteria);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          "policyDocument.invalid", "invalid policy document: " + e.getMessage());
    }
  }

  private static void criterion(
      Object item, int index, List<CriterionSpec> out, List<String> problems) {
    String where = "criteria[" + index + "]";
    if (!(item instanceof Map<?, ?> m)) {
      problems.add(where + " must be an object");
      return;
    }
    for (Object key : m.keySet()) {
      if (!"type".equals(key) && !"parameters".equals(key)) {
        problems.add(where + " has an unknown member " + quoted(key));
      }
    }
    if (!(m.get("type") instanceof String type)) {
      problems.add(where + ".type must be a string");
      return;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    Object raw = m.get("parameters");
    if (raw instanceof Map<?, ?> pm) {
      pm.forEach(
          (k, v) -> {
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
              parameters.put(String.valueOf(k), String.valueOf(v));
            } else {
              problems.add(
                  where + ".parameters." + shortened(k) + " must be a string, number or boolean");
            }
          });
    } else if (raw != null) {
      problems.add(where + ".parameters must be an object");
    }
    try {
      out.add(CriterionSpec.of(type, parameters));
    } catch (InvalidValueException e) {
      problems.add(where + ".type is not a valid identifier");
    }
  }
}
