package org.tatawwu.json;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.hours.CheckMode;
import org.tatawwu.hours.EvidenceGrade;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourRule;
import org.tatawwu.hours.HourVerification;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * Reads and writes hour policies ({@link HourPolicy}) as versioned JSON documents:
 *
 * <pre>{@code
 * {
 *   "format": "tatawwu-hour-policy/1",
 *   "id": "tatawwu-verified",
 *   "version": 1,
 *   "minimumEntry": "PT15M",
 *   "maximumEntry": "PT16H",
 *   "dailyCap": "PT16H",
 *   "roundingIncrement": "PT15M",
 *   "claimWindow": "P30D",
 *   "clockSkew": "PT5M",
 *   "checkOutWithin": "PT16H",
 *   "verification": {
 *     "rules": {
 *       "ENROLLMENT": "REFUSE", "SHIFT_WINDOW": "REFUSE", "OPPORTUNITY_OPEN": "REFUSE",
 *       "ACCREDITATION": "REFUSE", "SEATS": "REFUSE", "FIELD_AND_PLACE": "REFUSE",
 *       "EVIDENCE": "REVIEW"
 *     },
 *     "earlyCheckIn": "PT15M",
 *     "lateCheckOut": "PT30M",
 *     "overbookingAllowed": false,
 *     "minimumEvidence": "LOCATION",
 *     "placeRadiusMeters": 200,
 *     "maximumAccuracyMeters": 100
 *   }
 * }
 * }</pre>
 *
 * <p>{@code format} names the document format and its version; {@code id} and {@code version} are
 * the policy's own. Every member is required and has the meaning and range of the {@link
 * HourPolicy} and {@link HourVerification} component of the same name: durations are ISO-8601
 * ({@link Duration#parse}) in whole seconds, the rounding increment in whole minutes; every {@link
 * HourRule} has a mode ({@code OFF}, {@code REFUSE} or {@code REVIEW}). Nothing is defaulted and
 * unknown members are refused, so that a typo never silently changes a rule.
 *
 * <p>A document that is not a valid policy is refused with a {@link RuleException} that names every
 * problem at once (its {@link Violation#arguments()} hold the member's path, e.g. {@code
 * verification.rules.SEATS}), worded in Arabic and English. This class is stateless and
 * thread-safe.
 */
public final class HourPolicyDocuments {
  /** The document format and its version. */
  public static final String FORMAT = "tatawwu-hour-policy/1";

  /** The longest document {@link #parse(String)} accepts, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 1 << 16;

  private static final String BUNDLE = "org.tatawwu.json.HourPolicyDocuments";
  private static final int QUOTED_NAME = 40;
  private static final Duration DAY = Duration.ofHours(24);
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Set<String> TOP =
      Set.of(
          "format",
          "id",
          "version",
          "minimumEntry",
          "maximumEntry",
          "dailyCap",
          "roundingIncrement",
          "claimWindow",
          "clockSkew",
          "checkOutWithin",
          "verification");
  private static final Set<String> VERIFICATION =
      Set.of(
          "rules",
          "earlyCheckIn",
          "lateCheckOut",
          "overbookingAllowed",
          "minimumEvidence",
          "placeRadiusMeters",
          "maximumAccuracyMeters");

  private HourPolicyDocuments() {}

  /**
   * Reads an hour policy document from text.
   *
   * @param json the document, not null, at most {@link #MAX_DOCUMENT_LENGTH} characters
   * @return the document's policy with its id and version
   * @throws RuleException naming every problem at once ({@code hourPolicyDocument.*} codes), if the
   *     text is not JSON, not an object, too long, or not a valid policy
   */
  public static HourPolicyDocument parse(String json) {
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw refused(
          List.of(Violation.of("hourPolicyDocument.tooLong", "max", (long) MAX_DOCUMENT_LENGTH)));
    }
    @Nullable Object document;
    try {
      document = JsonText.value(json);
    } catch (IOException e) {
      throw refused(List.of(Violation.of("hourPolicyDocument.notJson")));
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw refused(List.of(Violation.of("hourPolicyDocument.notJson")));
    }
    return fromMap(map);
  }

  /**
   * Reads an hour policy document already parsed into JSON values (objects as maps, arrays as
   * lists), as a vectors file holds it.
   *
   * @param document the document's members, not null
   * @return the document's policy with its id and version
   * @throws RuleException naming every problem at once, if it is not a valid policy
   */
  public static HourPolicyDocument fromMap(Map<?, ?> document) {
    List<Violation> problems = new ArrayList<>();
    unknown(document, TOP, "", problems);
    if (!FORMAT.equals(document.get("format"))) {
      problems.add(
          Violation.of("hourPolicyDocument.format", "member", "format", "expected", FORMAT));
    }
    String id = null;
    if (!(document.get("id") instanceof String text)) {
      missingOr(document, "id", "", "hourPolicyDocument.identifier", problems);
    } else {
      try {
        id = org.tatawwu.text.Identifiers.check(text, "hourPolicyId");
      } catch (InvalidValueException e) {
        problems.add(Violation.of("hourPolicyDocument.identifier", "member", "id"));
      }
    }
    Integer version =
        document.get("version") instanceof Integer v && v >= 1
            ? (Integer) document.get("version")
            : null;
    if (version == null) {
      missingOr(document, "version", "", "hourPolicyDocument.version", problems);
    }
    Duration minimumEntry = duration(document, "minimumEntry", "", SECOND, DAY, problems);
    Duration maximumEntry = duration(document, "maximumEntry", "", SECOND, DAY, problems);
    Duration dailyCap = duration(document, "dailyCap", "", SECOND, DAY, problems);
    Duration rounding =
        duration(
            document,
            "roundingIncrement",
            "",
            Duration.ofMinutes(1),
            Duration.ofHours(1),
            problems);
    if (rounding != null && rounding.toSeconds() % 60 != 0) {
      problems.add(Violation.of("hourPolicyDocument.wholeMinutes", "member", "roundingIncrement"));
      rounding = null;
    }
    Duration day = Duration.ofHours(24);
    Duration claimWindow =
        duration(document, "claimWindow", "", SECOND, Duration.ofDays(3_660), problems);
    Duration clockSkew = duration(document, "clockSkew", "", Duration.ZERO, day, problems);
    Duration checkOutWithin = duration(document, "checkOutWithin", "", SECOND, day, problems);
    if (minimumEntry != null && maximumEntry != null && maximumEntry.compareTo(minimumEntry) < 0) {
      problems.add(
          Violation.of(
              "hourPolicyDocument.order", "member", "maximumEntry", "other", "minimumEntry"));
    }
    HourVerification verification = null;
    Object v = document.get("verification");
    if (v instanceof Map<?, ?> vm) {
      verification = verification(vm, problems);
    } else {
      missingOr(document, "verification", "", "hourPolicyDocument.object", problems);
    }
    if (!problems.isEmpty()
        || id == null
        || version == null
        || minimumEntry == null
        || maximumEntry == null
        || dailyCap == null
        || rounding == null
        || claimWindow == null
        || clockSkew == null
        || checkOutWithin == null
        || verification == null) {
      throw refused(problems);
    }
    try {
      return new HourPolicyDocument(
          id,
          version,
          new HourPolicy(
              minimumEntry,
              maximumEntry,
              dailyCap,
              rounding,
              claimWindow,
              clockSkew,
              checkOutWithin,
              verification));
    } catch (InvalidValueException e) {
      // Every range is checked above; the policy's own check is the last word.
      throw refused(List.of(Violation.of("hourPolicyDocument.range", "member", "")));
    }
  }

  private static @Nullable HourVerification verification(Map<?, ?> m, List<Violation> problems) {
    String at = "verification.";
    unknown(m, VERIFICATION, at, problems);
    Map<HourRule, CheckMode> modes = new EnumMap<>(HourRule.class);
    Object rules = m.get("rules");
    if (rules instanceof Map<?, ?> rm) {
      Set<String> names = new java.util.HashSet<>();
      for (HourRule r : HourRule.values()) {
        names.add(r.name());
      }
      unknown(rm, names, at + "rules.", problems);
      for (HourRule r : HourRule.values()) {
        CheckMode mode = choice(rm, r.name(), at + "rules.", CheckMode.class, problems);
        if (mode != null) {
          modes.put(r, mode);
        }
      }
    } else {
      missingOr(m, "rules", at, "hourPolicyDocument.object", problems);
    }
    Duration early = duration(m, "earlyCheckIn", at, Duration.ZERO, Duration.ofHours(4), problems);
    Duration late = duration(m, "lateCheckOut", at, Duration.ZERO, Duration.ofHours(4), problems);
    Boolean overbooking = m.get("overbookingAllowed") instanceof Boolean b ? b : null;
    if (overbooking == null) {
      missingOr(m, "overbookingAllowed", at, "hourPolicyDocument.boolean", problems);
    }
    EvidenceGrade minimum = choice(m, "minimumEvidence", at, EvidenceGrade.class, problems);
    Double radius = number(m, "placeRadiusMeters", at, 1, 100_000, problems);
    Double accuracy = number(m, "maximumAccuracyMeters", at, 1, 100_000, problems);
    if (radius != null && accuracy != null && accuracy > radius) {
      problems.add(
          Violation.of(
              "hourPolicyDocument.order",
              "member",
              at + "placeRadiusMeters",
              "other",
              at + "maximumAccuracyMeters"));
      accuracy = null;
    }
    if (modes.size() != HourRule.values().length
        || early == null
        || late == null
        || overbooking == null
        || minimum == null
        || radius == null
        || accuracy == null) {
      return null;
    }
    return new HourVerification(modes, early, late, overbooking, minimum, radius, accuracy);
  }

  /** A duration member in whole seconds from {@code min} to {@code max} (null: no maximum). */
  private static @Nullable Duration duration(
      Map<?, ?> m,
      String name,
      String at,
      Duration min,
      @Nullable Duration max,
      List<Violation> problems) {
    Object value = m.get(name);
    Duration d = null;
    if (value instanceof String text) {
      try {
        d = Duration.parse(text);
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
    if (d != null
        && d.toNanosPart() == 0
        && d.compareTo(min) >= 0
        && (max == null || d.compareTo(max) <= 0)) {
      return d;
    }
    if (!m.containsKey(name)) {
      problems.add(Violation.of("hourPolicyDocument.missing", "member", at + name));
    } else if (max == null) {
      problems.add(
          Violation.of(
              "hourPolicyDocument.durationAtLeast", "member", at + name, "min", min.toString()));
    } else {
      problems.add(
          Violation.of(
              "hourPolicyDocument.duration",
              "member",
              at + name,
              "min",
              min.toString(),
              "max",
              max.toString()));
    }
    return null;
  }

  private static @Nullable Double number(
      Map<?, ?> m, String name, String at, double min, double max, List<Violation> problems) {
    if (m.get(name) instanceof Number n) {
      double d = n.doubleValue();
      if (d >= min && d <= max) {
        return d;
      }
    }
    if (!m.containsKey(name)) {
      problems.add(Violation.of("hourPolicyDocument.missing", "member", at + name));
    } else {
      problems.add(
          Violation.of(
              "hourPolicyDocument.number",
              "member",
              at + name,
              "min",
              (long) min,
              "max",
              (long) max));
    }
    return null;
  }

  private static <E extends Enum<E>> @Nullable E choice(
      Map<?, ?> m, String name, String at, Class<E> type, List<Violation> problems) {
    if (m.get(name) instanceof String text) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(text)) {
          return e;
        }
      }
    }
    if (!m.containsKey(name)) {
      problems.add(Violation.of("hourPolicyDocument.missing", "member", at + name));
    } else {
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(e.name());
      }
      problems.add(
          Violation.of(
              "hourPolicyDocument.choice",
              "member",
              at + name,
              "choices",
              String.join(", ", names)));
    }
    return null;
  }

  private static void missingOr(
      Map<?, ?> m, String name, String at, String code, List<Violation> problems) {
    problems.add(
        Violation.of(
            m.containsKey(name) ? code : "hourPolicyDocument.missing", "member", at + name));
  }

  private static void unknown(Map<?, ?> m, Set<String> known, String at, List<Violation> problems) {
    for (Object key : m.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problems.add(
            Violation.of("hourPolicyDocument.unknownMember", "member", at + shortened(key)));
      }
    }
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

  private static RuleException refused(List<Violation> problems) {
    return new RuleException(problems, HourPolicyDocuments::words);
  }

  /**
   * Words violations of an hour policy document in Arabic or English.
   *
   * @param violations the violations, not null
   * @param locale Arabic for any {@code ar} locale, English otherwise, not null
   * @return one problem per violation, its path the member's
   */
  static List<Problem> words(List<Violation> violations, Locale locale) {
    Locale language =
        "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
    List<Problem> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      String template;
      try {
        template = bundle.getString(v.code());
      } catch (MissingResourceException e) {
        template = v.code();
      }
      String text = template;
      for (Map.Entry<String, Object> a : v.arguments().entrySet()) {
        text = text.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
      }
      out.add(
          new Problem(String.valueOf(v.arguments().getOrDefault("member", "")), v.code(), text));
    }
    return out;
  }

  /**
   * Writes a policy as a document; {@link #parse(String)} of the result equals the document.
   *
   * @param document the policy with its id and version, not null
   * @return the JSON text, pretty-printed
   * @throws IllegalArgumentException if a duration of the policy is not in whole seconds (a
   *     document cannot hold it)
   */
  public static String write(HourPolicyDocument document) {
    HourPolicy p = document.policy();
    HourVerification v = p.verification();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("id", document.id());
    doc.put("version", document.version());
    doc.put("minimumEntry", text(p.minimumEntry()));
    doc.put("maximumEntry", text(p.maximumEntry()));
    doc.put("dailyCap", text(p.dailyCap()));
    doc.put("roundingIncrement", text(p.roundingIncrement()));
    doc.put("claimWindow", text(p.claimWindow()));
    doc.put("clockSkew", text(p.clockSkew()));
    doc.put("checkOutWithin", text(p.checkOutWithin()));
    Map<String, Object> rules = new LinkedHashMap<>();
    for (HourRule r : HourRule.values()) {
      rules.put(r.name(), v.mode(r).name());
    }
    Map<String, Object> verification = new LinkedHashMap<>();
    verification.put("rules", rules);
    verification.put("earlyCheckIn", text(v.earlyCheckIn()));
    verification.put("lateCheckOut", text(v.lateCheckOut()));
    verification.put("overbookingAllowed", v.overbookingAllowed());
    verification.put("minimumEvidence", v.minimumEvidence().name());
    verification.put("placeRadiusMeters", v.placeRadiusMeters());
    verification.put("maximumAccuracyMeters", v.maximumAccuracyMeters());
    doc.put("verification", verification);
    try {
      return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Duration d) {
    if (d.toNanosPart() != 0) {
      throw new IllegalArgumentException("a document's durations are whole seconds");
    }
    return d.toString();
  }
}
