package org.tatawwu.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tatawwu.field.FieldCode;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.recognition.Award;
import org.tatawwu.recognition.AwardChange;
import org.tatawwu.recognition.LedgerOperation;
import org.tatawwu.recognition.RecognitionEngine;
import org.tatawwu.recognition.RecognitionPolicy;
import org.tatawwu.recognition.ServiceRecord;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The recognition conformance vectors and their runner. A vector is a policy and a sequence of
 * ledger operations, each with the award changes it must report (in the policy's rule order) or the
 * error code it must raise, and every volunteer's awards at the end. Any implementation of {@link
 * RecognitionEngine} can be checked with {@link #run(Function)}; the file format is described in
 * the shipped file's {@code schema} member ({@code recognition-vectors.json}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecognitionConformance {
  /** The vector file format and its version. */
  public static final String FORMAT = "tatawwu-recognition-vectors/1";

  private static final int MAX_CHARS = 4 << 20;

  private final Map<String, RecognitionPolicy> policies;
  private final List<Vector> vectors;

  /**
   * One step of a vector: an operation and what it must do.
   *
   * @param operation the ledger operation, not null
   * @param expectedChanges the changes it must report, as {@code +volunteer:rule} or {@code
   *     -volunteer:rule}, in order; empty when an error is expected
   * @param expectedError the error code it must raise, if any
   */
  public record Step(
      LedgerOperation operation, List<String> expectedChanges, Optional<String> expectedError) {
    /**
     * Checks for nulls and copies.
     *
     * @param operation the operation
     * @param expectedChanges the expected changes
     * @param expectedError the expected error
     */
    public Step {
      Objects.requireNonNull(operation, "operation");
      expectedChanges = List.copyOf(expectedChanges);
      Objects.requireNonNull(expectedError, "expectedError");
    }
  }

  /**
   * One vector.
   *
   * @param name what it checks, not null
   * @param policyName the policy's name in the file, not null
   * @param steps the operations, in order, not null
   * @param expectedAwards each volunteer's rule ids at the end (volunteers not named hold none)
   */
  public record Vector(
      String name, String policyName, List<Step> steps, Map<String, Set<String>> expectedAwards) {
    /**
     * Checks for nulls and copies.
     *
     * @param name the name
     * @param policyName the policy name
     * @param steps the steps
     * @param expectedAwards the expected awards
     */
    public Vector {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(policyName, "policyName");
      steps = List.copyOf(steps);
      expectedAwards = Map.copyOf(expectedAwards);
    }
  }

  /**
   * The outcome of one vector.
   *
   * @param vector the vector, not null
   * @param failures what went differently, empty when it passed
   */
  public record Result(Vector vector, List<String> failures) {
    /**
     * Checks for nulls and copies.
     *
     * @param vector the vector
     * @param failures the failures
     */
    public Result {
      Objects.requireNonNull(vector, "vector");
      failures = List.copyOf(failures);
    }

    /**
     * Returns whether the engine did everything the vector expects.
     *
     * @return true when there is no failure
     */
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private RecognitionConformance(Map<String, RecognitionPolicy> policies, List<Vector> vectors) {
    this.policies = Map.copyOf(policies);
    this.vectors = List.copyOf(vectors);
  }

  /**
   * Loads the vectors shipped with this module.
   *
   * @return the suite
   */
  public static RecognitionConformance shipped() {
    try (InputStream in =
        RecognitionConformance.class.getResourceAsStream("recognition-vectors.json")) {
      if (in == null) {
        throw new IllegalStateException("recognition-vectors.json is missing from the module");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a vector file.
   *
   * @param json the file's text, not null
   * @return the suite
   * @throws InvalidValueException with code {@code recognitionVectors.invalid} if it is not a
   *     vector file, or {@code recognitionDocument.invalid} if a policy in it is invalid
   */
  public static RecognitionConformance parse(String json) {
    if (json.length() > MAX_CHARS) {
      throw invalid("the vector file is too long");
    }
    try {
      @Nullable Map<String, Object> root = JsonText.object(json);
      if (root == null || !FORMAT.equals(root.get("format"))) {
        throw invalid("format must be \"" + FORMAT + "\"");
      }
      Map<String, RecognitionPolicy> policies = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map(root.get("policies")).entrySet()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) map(e.getValue());
        policies.put(String.valueOf(e.getKey()), RecognitionDocuments.fromMap(doc));
      }
      List<Vector> vectors = new ArrayList<>();
      for (Object v : list(root.get("vectors"))) {
        Map<?, ?> m = map(v);
        String policy = (String) Objects.requireNonNull(m.get("policy"));
        if (!policies.containsKey(policy)) {
          throw invalid("a vector names an unknown policy");
        }
        List<Step> steps = new ArrayList<>();
        for (Object op : list(m.get("operations"))) {
          steps.add(step(map(op)));
        }
        Map<String, Set<String>> awards = new TreeMap<>();
        for (Map.Entry<?, ?> e : map(m.get("awards")).entrySet()) {
          Set<String> rules = new TreeSet<>();
          list(e.getValue()).forEach(r -> rules.add((String) r));
          awards.put(String.valueOf(e.getKey()), rules);
        }
        vectors.add(
            new Vector((String) Objects.requireNonNull(m.get("name")), policy, steps, awards));
      }
      return new RecognitionConformance(policies, vectors);
    } catch (IOException | ClassCastException | NullPointerException e) {
      throw invalid("the vector file does not follow its schema");
    }
  }

  private static Step step(Map<?, ?> m) {
    LedgerOperation operation;
    if (m.containsKey("approve")) {
      operation = new LedgerOperation.Approve(service(map(m.get("approve"))));
    } else {
      operation =
          new LedgerOperation.Correct(
              HourEntryId.of((String) Objects.requireNonNull(m.get("correct"))),
              service(map(m.get("with"))));
    }
    Object error = m.get("expectError");
    List<String> changes = new ArrayList<>();
    if (error == null) {
      list(m.get("expect")).forEach(c -> changes.add((String) c));
    }
    return new Step(operation, changes, Optional.ofNullable((String) error));
  }

  private static ServiceRecord service(Map<?, ?> m) {
    Object incident = m.get("incident");
    Object day = m.get("day");
    Object volunteer = m.get("volunteer");
    Object field = m.get("field");
    return new ServiceRecord(
        HourEntryId.of((String) Objects.requireNonNull(m.get("entry"))),
        VolunteerId.of(volunteer == null ? "V1" : (String) volunteer),
        FieldCode.of(field == null ? "EDUCATION" : (String) field),
        day == null ? LocalDate.of(2025, 1, 1) : LocalDate.parse((String) day),
        ((Number) Objects.requireNonNull(m.get("minutes"))).longValue(),
        Optional.ofNullable((String) incident),
        Boolean.TRUE.equals(m.get("firstResponse")));
  }

  private static Map<?, ?> map(@Nullable Object o) {
    return (Map<?, ?>) Objects.requireNonNull(o);
  }

  private static List<?> list(@Nullable Object o) {
    return (List<?>) Objects.requireNonNull(o);
  }

  private static InvalidValueException invalid(String why) {
    return new InvalidValueException(
        "recognitionVectors.invalid", "the recognition vector file is invalid: " + why);
  }

  /**
   * Returns the policies, by their names in the file.
   *
   * @return the policies, unmodifiable
   */
  public Map<String, RecognitionPolicy> policies() {
    return policies;
  }

  /**
   * Returns the vectors, in file order.
   *
   * @return the vectors, unmodifiable
   */
  public List<Vector> vectors() {
    return vectors;
  }

  /**
   * Runs every vector against engines from a factory: a fresh engine per vector.
   *
   * @param engines makes an engine with no service seen for a policy, not null
   * @return one result per vector, in file order
   */
  public List<Result> run(Function<RecognitionPolicy, RecognitionEngine> engines) {
    List<Result> results = new ArrayList<>();
    for (Vector v : vectors) {
      results.add(run(v, engines.apply(Objects.requireNonNull(policies.get(v.policyName())))));
    }
    return List.copyOf(results);
  }

  private static Result run(Vector v, RecognitionEngine engine) {
    List<String> failures = new ArrayList<>();
    Set<VolunteerId> seen = new TreeSet<>();
    for (int i = 0; i < v.steps().size(); i++) {
      Step step = v.steps().get(i);
      LedgerOperation op = step.operation();
      seen.add(
          op instanceof LedgerOperation.Approve a
              ? a.service().volunteer()
              : ((LedgerOperation.Correct) op).correction().volunteer());
      try {
        List<String> actual = new ArrayList<>();
        for (AwardChange c : engine.apply(op)) {
          actual.add(
              (c.type() == AwardChange.Type.AWARDED ? "+" : "-")
                  + c.award().volunteer().value()
                  + ":"
                  + c.award().ruleId());
        }
        if (step.expectedError().isPresent()) {
          failures.add("step " + (i + 1) + ": expected error " + step.expectedError().get());
        } else if (!actual.equals(step.expectedChanges())) {
          failures.add(
              "step " + (i + 1) + ": expected " + step.expectedChanges() + " but got " + actual);
        }
      } catch (InvalidValueException e) {
        if (!step.expectedError().equals(Optional.of(e.code()))) {
          failures.add("step " + (i + 1) + ": unexpected error " + e.code());
        }
      }
    }
    v.expectedAwards().keySet().forEach(id -> seen.add(VolunteerId.of(id)));
    for (VolunteerId volunteer : seen) {
      Set<String> actual = new TreeSet<>();
      for (Award a : engine.awards(volunteer)) {
        actual.add(a.ruleId());
      }
      Set<String> expected = v.expectedAwards().getOrDefault(volunteer.value(), Set.of());
      if (!actual.equals(expected)) {
        failures.add(
            "awards of " + volunteer.value() + ": expected " + expected + " but got " + actual);
      }
    }
    return new Result(v, failures);
  }

  @Override
  public String toString() {
    return "RecognitionConformance[vectors=" + vectors.size() + "]";
  }
}
