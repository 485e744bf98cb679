package org.tatawwu.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.tatawwu.field.Field;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.CheckInCode;
import org.tatawwu.hours.Evidence;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourEntryId;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.hours.HourPolicy;
import org.tatawwu.hours.HourSource;
import org.tatawwu.hours.HourSubmission;
import org.tatawwu.hours.HourTotals;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.TimeRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The hour conformance vectors and their runner. A vector is a named hour policy, a context (the
 * ledger's clock, the directory's entities, opportunities with their shifts, the shift rosters'
 * enrollments, the field catalogue, the entities' check-in keys) and a short sequence of operations
 * on a fresh ledger (submit, record attendance, import a roster, approve, reject), each with its
 * expected outcome — accepted, sent to review with its reason codes, or refused with its codes —
 * and the totals expected at the end. Any {@link HourLedger} implementation can be checked with
 * {@link #run(LedgerFactory)}.
 *
 * <p>File format ({@code hour-vectors.json}, format {@value #FORMAT}): {@code keys} names Ed25519
 * key pairs (PKCS#8 and X.509, base64) that check-in codes are signed with; {@code policies} maps
 * names to hour policy documents ({@link HourPolicyDocuments}); {@code base} holds a complete
 * context and a default submission; each vector gives a {@code context} patch applied to the base
 * context as a JSON Merge Patch (RFC 7386: objects merge, {@code null} removes, arrays replace),
 * the {@code policy} name, its {@code steps}, and optionally the expected {@code totals} per
 * volunteer. Each submission of a step is the base submission merged with the step's. The JSON
 * shapes are documented in the file's {@code schema} member. The expected outcomes are written by
 * hand from the documented rules (docs/hours.md).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HourConformance {
  /** The vectors file's format and version. */
  public static final String FORMAT = "tatawwu-hour-vectors/1";

  /** Makes the ledger a vector runs on: a fresh, empty one. */
  @FunctionalInterface
  public interface LedgerFactory {
    /**
     * Creates an empty ledger.
     *
     * @param policy the vector's policy, not null
     * @param directory the vector's directory, not null
     * @param clock the vector's clock, fixed, not null
     * @return the ledger, not null
     */
    HourLedger create(HourPolicy policy, OpportunityDirectory directory, Clock clock);
  }

  /** What an operation is expected to do. */
  public enum Outcome {
    /** Applied, with nothing sent to review. */
    ACCEPTED,
    /** Applied, with the entry (or a roster's entries) flagged for review with reason codes. */
    REVIEW,
    /** Refused with reason codes; nothing applied. */
    REFUSED
  }

  /** One vector, ready to run. This class is immutable and thread-safe. */
  public static final class Vector {
    private final String name;
    private final String policyName;
    private final HourPolicy policy;
    private final Map<String, Object> context;
    private final List<Step> steps;
    private final Map<VolunteerId, long[]> totals;

    Vector(
        String name,
        String policyName,
        HourPolicy policy,
        Map<String, Object> context,
        List<Step> steps,
        Map<VolunteerId, long[]> totals) {
      this.name = name;
      this.policyName = policyName;
      this.policy = policy;
      this.context = context;
      this.steps = List.copyOf(steps);
      this.totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    }

    /**
     * Returns what the vector checks.
     *
     * @return its name
     */
    public String name() {
      return name;
    }

    /**
     * Returns the name of its policy in the file.
     *
     * @return the policy's name
     */
    public String policyName() {
      return policyName;
    }

    /**
     * Returns its policy, read through the JSON document.
     *
     * @return the policy
     */
    public HourPolicy policy() {
      return policy;
    }

    /**
     * Returns the expected outcome of each operation, in order.
     *
     * @return the outcomes, one per step
     */
    public List<Outcome> outcomes() {
      return steps.stream().map(s -> s.outcome).toList();
    }

    /**
     * Returns every reason code the vector expects, refused or sent to review, over all steps.
     *
     * @return the codes, sorted
     */
    public Set<String> codes() {
      Set<String> all = new TreeSet<>();
      steps.forEach(s -> all.addAll(s.codes));
      return all;
    }

    @Override
    public String toString() {
      return "Vector[" + name + "]";
    }
  }

  /**
   * The outcome of one vector.
   *
   * @param vector the vector
   * @param failures how the ledger disagreed with the vector, one line per disagreement; empty when
   *     it agreed
   */
  public record Result(Vector vector, List<String> failures) {
    /**
     * Copies the failures.
     *
     * @param vector the vector, not null
     * @param failures the disagreements, not null
     */
    public Result {
      Objects.requireNonNull(vector, "vector");
      failures = List.copyOf(failures);
    }

    /**
     * Returns whether the ledger agreed with the vector on every step and the totals.
     *
     * @return true when there is no failure
     */
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** One operation and what it is expected to do. */
  static final class Step {
    final String operation;
    final @Nullable Object argument;
    final Outcome outcome;
    final Set<String> codes;
    final Map<String, Object> expect;

    Step(
        String operation,
        @Nullable Object argument,
        Outcome outcome,
        Set<String> codes,
        Map<String, Object> expect) {
      this.operation = operation;
      this.argument = argument;
      this.outcome = outcome;
      this.codes = codes;
      this.expect = expect;
    }
  }

  private static final Set<String> OPERATIONS =
      Set.of("submit", "attendance", "roster", "approve", "reject");

  private final Map<String, HourPolicy> policies;
  private final List<Vector> vectors;
  private final Map<String, Object> baseSubmission;
  private final Map<String, PrivateKey> privateKeys;
  private final Map<String, PublicKey> publicKeys;

  private HourConformance(
      Map<String, HourPolicy> policies,
      List<Vector> vectors,
      Map<String, Object> baseSubmission,
      Map<String, PrivateKey> privateKeys,
      Map<String, PublicKey> publicKeys) {
    this.policies = policies;
    this.vectors = vectors;
    this.baseSubmission = baseSubmission;
    this.privateKeys = privateKeys;
    this.publicKeys = publicKeys;
  }

  /**
   * Loads the vectors shipped with Tatawwu.
   *
   * @return the conformance suite
   * @throws IllegalStateException if the file is missing from the jar
   */
  public static HourConformance shipped() {
    try (InputStream in = HourConformance.class.getResourceAsStream("hour-vectors.json")) {
      if (in == null) {
        throw new IllegalStateException("hour-vectors.json is missing from tatawwu-json");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a vectors file.
   *
   * @param json the file, not null; not closed
   * @return the conformance suite
   * @throws InvalidValueException {@code vectors.invalid}, naming the vector and the problem, if
   *     the file is malformed
   * @throws RuleException if one of its policy documents is invalid
   */
  public static HourConformance read(Reader json) {
    @Nullable Map<String, Object> root;
    try {
      root = JsonText.object(json);
    } catch (IOException e) {
      throw new InvalidValueException("vectors.invalid", "the vectors file is not valid JSON");
    }
    if (root == null || !FORMAT.equals(root.get("format"))) {
      throw new InvalidValueException("vectors.invalid", "format must be \"" + FORMAT + "\"");
    }
    Map<String, PrivateKey> privateKeys = new HashMap<>();
    Map<String, PublicKey> publicKeys = new HashMap<>();
    try {
      KeyFactory ed = KeyFactory.getInstance("Ed25519");
      for (Map.Entry<String, Object> k : map(root, "keys").entrySet()) {
        Map<String, Object> pair = asMap(k.getValue(), "key " + k.getKey());
        privateKeys.put(
            k.getKey(),
            ed.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(str(pair, "private")))));
        publicKeys.put(
            k.getKey(),
            ed.generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(str(pair, "public")))));
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new InvalidValueException("vectors.invalid", "keys must be Ed25519 key pairs");
    }
    Map<String, HourPolicy> policies = new LinkedHashMap<>();
    map(root, "policies")
        .forEach(
            (name, doc) ->
                policies.put(name, HourPolicyDocuments.fromMap(asMap(doc, name)).policy()));
    Map<String, Object> base = map(root, "base");
    Map<String, Object> baseContext = map(base, "context");
    Map<String, Object> baseSubmission = map(base, "submission");
    List<Vector> vectors = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (Object item : list(root, "vectors")) {
      Map<String, Object> v = asMap(item, "vector");
      String name = String.valueOf(v.get("name"));
      try {
        if (!names.add(name)) {
          throw new IllegalArgumentException("the name is used twice");
        }
        String policyName = str(v, "policy");
        HourPolicy policy = policies.get(policyName);
        if (policy == null) {
          throw new IllegalArgumentException("unknown policy " + policyName);
        }
        Map<String, Object> context =
            asMap(
                EligibilityConformance.mergePatch(
                    baseContext, v.get("context") == null ? Map.of() : v.get("context")),
                "the context");
        List<Step> steps = new ArrayList<>();
        for (Object s : list(v, "steps")) {
          steps.add(step(asMap(s, "step")));
        }
        if (steps.isEmpty()) {
          throw new IllegalArgumentException("a vector has at least one step");
        }
        Map<VolunteerId, long[]> totals = new LinkedHashMap<>();
        mapOrEmpty(v, "totals")
            .forEach(
                (volunteer, t) -> {
                  Map<String, Object> tm = asMap(t, "totals");
                  totals.put(
                      VolunteerId.of(volunteer),
                      new long[] {whole(tm, "approvedMinutes"), whole(tm, "pendingMinutes")});
                });
        // Fail early on a context that cannot be built.
        directory(context, publicKeys);
        clock(context);
        vectors.add(new Vector(name, policyName, policy, context, steps, totals));
      } catch (RuntimeException e) {
        throw new InvalidValueException(
            "vectors.invalid", "vector '" + name + "' is malformed: " + e.getMessage());
      }
    }
    return new HourConformance(
        Collections.unmodifiableMap(policies),
        List.copyOf(vectors),
        baseSubmission,
        Map.copyOf(privateKeys),
        Map.copyOf(publicKeys));
  }

  private static Step step(Map<String, Object> s) {
    String operation = null;
    for (String key : s.keySet()) {
      if (OPERATIONS.contains(key)) {
        if (operation != null) {
          throw new IllegalArgumentException("a step has one operation");
        }
        operation = key;
      } else if (!"expect".equals(key)) {
        throw new IllegalArgumentException("unknown step member " + key);
      }
    }
    if (operation == null) {
      throw new IllegalArgumentException("a step names an operation: " + OPERATIONS);
    }
    Map<String, Object> expect = map(s, "expect");
    Outcome outcome = Outcome.valueOf(str(expect, "outcome"));
    Set<String> codes = new TreeSet<>();
    list(expect, "codes").forEach(c -> codes.add((String) c));
    if ((outcome == Outcome.ACCEPTED) != codes.isEmpty()) {
      throw new IllegalArgumentException("codes go with REVIEW and REFUSED, and only with them");
    }
    return new Step(operation, s.get(operation), outcome, codes, expect);
  }

  /**
   * Returns the named policies of the file, read through their JSON documents.
   *
   * @return the policies by name, in file order
   */
  public Map<String, HourPolicy> policies() {
    return policies;
  }

  /**
   * Returns the vectors in file order.
   *
   * @return the vectors
   */
  public List<Vector> vectors() {
    return vectors;
  }

  /**
   * Runs every vector, each on a fresh ledger made by the factory with the vector's policy as the
   * file's JSON document gives it.
   *
   * @param ledgers makes a fresh ledger, not null
   * @return one result per vector, in file order
   */
  public List<Result> run(LedgerFactory ledgers) {
    return run(policies, ledgers);
  }

  /**
   * Runs every vector, each on a fresh ledger made by the factory with the policy of the given name
   * — so that policies built another way (with the Java API) run the same vectors.
   *
   * @param byName the policy for each policy name of the file, not null
   * @param ledgers makes a fresh ledger, not null
   * @return one result per vector, in file order
   * @throws IllegalArgumentException if a vector's policy name is not in {@code byName}
   */
  public List<Result> run(Map<String, HourPolicy> byName, LedgerFactory ledgers) {
    List<Result> results = new ArrayList<>(vectors.size());
    for (Vector v : vectors) {
      HourPolicy policy = byName.get(v.policyName);
      if (policy == null) {
        throw new IllegalArgumentException("no policy named " + v.policyName);
      }
      results.add(runOne(v, policy, ledgers));
    }
    return results;
  }

  private Result runOne(Vector v, HourPolicy policy, LedgerFactory ledgers) {
    List<String> failures = new ArrayList<>();
    HourLedger ledger = ledgers.create(policy, directory(v.context, publicKeys), clock(v.context));
    List<@Nullable HourEntry> done = new ArrayList<>();
    for (int i = 0; i < v.steps.size(); i++) {
      Step step = v.steps.get(i);
      String at = "step " + (i + 1) + " (" + step.operation + "): ";
      List<HourEntry> entries = List.of();
      Set<String> actual;
      Outcome outcome;
      try {
        entries = perform(step, i, ledger, done);
        actual = new TreeSet<>();
        for (HourEntry e : entries) {
          for (Violation r : e.review()) {
            actual.add(r.code());
          }
        }
        outcome = actual.isEmpty() ? Outcome.ACCEPTED : Outcome.REVIEW;
        done.add(entries.size() == 1 ? entries.get(0) : null);
      } catch (RuleException e) {
        actual = new TreeSet<>(e.codes());
        outcome = Outcome.REFUSED;
        done.add(null);
      }
      if (outcome != step.outcome || !actual.equals(step.codes)) {
        failures.add(
            at + "expected " + step.outcome + " " + step.codes + ", was " + outcome + " " + actual);
        continue;
      }
      if (outcome != Outcome.REFUSED) {
        details(step, entries, at, failures);
      }
    }
    for (Map.Entry<VolunteerId, long[]> t : v.totals.entrySet()) {
      HourTotals totals = ledger.totals(t.getKey());
      long[] expected = t.getValue();
      if (totals.approvedMinutes() != expected[0] || totals.pendingMinutes() != expected[1]) {
        failures.add(
            "totals of the volunteer in the vector's totals #"
                + (new ArrayList<>(v.totals.keySet()).indexOf(t.getKey()) + 1)
                + ": expected approved "
                + expected[0]
                + ", pending "
                + expected[1]
                + "; was approved "
                + totals.approvedMinutes()
                + ", pending "
                + totals.pendingMinutes());
      }
    }
    return new Result(v, failures);
  }

  private static void details(
      Step step, List<HourEntry> entries, String at, List<String> failures) {
    Map<String, Object> x = step.expect;
    if (x.get("entries") instanceof Integer n && entries.size() != n) {
      failures.add(at + "expected " + n + " entries, was " + entries.size());
    }
    if (entries.size() != 1) {
      return;
    }
    HourEntry e = entries.get(0);
    if (x.get("creditedMinutes") instanceof Integer m && e.creditedMinutes() != m) {
      failures.add(at + "expected " + m + " credited minutes, was " + e.creditedMinutes());
    }
    if (x.get("grade") instanceof String g && !e.evidenceGrade().name().equals(g)) {
      failures.add(at + "expected grade " + g + ", was " + e.evidenceGrade());
    }
    if (x.get("autoCheckOut") instanceof Boolean a && e.evidence().autoCheckOut() != a) {
      failures.add(at + "expected autoCheckOut " + a + ", was " + e.evidence().autoCheckOut());
    }
    if (x.get("status") instanceof String s && !e.status().name().equals(s)) {
      failures.add(at + "expected status " + s + ", was " + e.status());
    }
  }

  private List<HourEntry> perform(
      Step step, int index, HourLedger ledger, List<@Nullable HourEntry> done) {
    return switch (step.operation) {
      case "submit" -> List.of(ledger.submit(submission(step.argument, "k" + (index + 1))));
      case "attendance" ->
          List.of(ledger.recordAttendance(submission(step.argument, "k" + (index + 1))));
      case "roster" -> {
        List<HourSubmission> lines = new ArrayList<>();
        List<Object> items = asList(step.argument, "roster");
        for (int l = 0; l < items.size(); l++) {
          lines.add(submission(items.get(l), "k" + (index + 1) + "-" + (l + 1)));
        }
        yield ledger.importRoster(lines);
      }
      case "approve" -> List.of(ledger.approve(earlier(step.argument, done), "coordinator"));
      default ->
          List.of(ledger.reject(earlier(step.argument, done), "coordinator", "did not come"));
    };
  }

  private static HourEntryId earlier(@Nullable Object ref, List<@Nullable HourEntry> done) {
    if (!(ref instanceof Integer n) || n < 1 || n > done.size() || done.get(n - 1) == null) {
      throw new IllegalArgumentException("approve and reject name an earlier step's entry");
    }
    return Objects.requireNonNull(done.get(n - 1)).id();
  }

  // --- Context → directory ---------------------------------------------------------------------

  private static Clock clock(Map<String, Object> context) {
    return Clock.fixed(instant(context, "clock"), ZoneOffset.UTC);
  }

  private static OpportunityDirectory directory(
      Map<String, Object> c, Map<String, PublicKey> keys) {
    Map<OpportunityNumber, Opportunity> opportunities = new HashMap<>();
    mapOrEmpty(c, "opportunities")
        .forEach(
            (number, o) -> {
              Opportunity built = opportunity(number, asMap(o, "opportunity " + number));
              opportunities.put(built.number(), built);
            });
    Map<EntityId, ParticipatingEntity> entities = new HashMap<>();
    Map<EntityId, PublicKey> checkInKeys = new HashMap<>();
    mapOrEmpty(c, "entities")
        .forEach(
            (id, e) -> {
              Map<String, Object> m = asMap(e, "entity " + id);
              entities.put(EntityId.of(id), entity(id, m));
              if (m.get("checkInKey") instanceof String k) {
                PublicKey key = keys.get(k);
                if (key == null) {
                  throw new IllegalArgumentException("unknown key " + k);
                }
                checkInKeys.put(EntityId.of(id), key);
              }
            });
    boolean holdsEnrollments = c.get("enrollments") != null;
    // Each volunteer's enrollment states on a shift, in order of their since: a bare status holds
    // from the beginning of time.
    Map<String, List<Enrollment>> rosters = new HashMap<>();
    mapOrEmpty(c, "enrollments")
        .forEach(
            (number, shifts) ->
                asMap(shifts, "enrollments of " + number)
                    .forEach(
                        (shift, roster) ->
                            asMap(roster, "roster of " + shift)
                                .forEach(
                                    (volunteer, states) -> {
                                      OpportunityNumber o = OpportunityNumber.parse(number);
                                      VolunteerId v = VolunteerId.of(volunteer);
                                      List<Enrollment> history = new ArrayList<>();
                                      if (states instanceof String status) {
                                        history.add(
                                            new Enrollment(
                                                v,
                                                o,
                                                ShiftId.of(shift),
                                                EnrollmentStatus.valueOf(status),
                                                Instant.MIN));
                                      } else {
                                        for (Object state :
                                            asList(states, "enrollment of " + volunteer)) {
                                          Map<String, Object> m =
                                              asMap(state, "enrollment of " + volunteer);
                                          history.add(
                                              new Enrollment(
                                                  v,
                                                  o,
                                                  ShiftId.of(shift),
                                                  EnrollmentStatus.valueOf(str(m, "status")),
                                                  instant(m, "since")));
                                        }
                                        history.sort(
                                            java.util.Comparator.comparing(Enrollment::since));
                                      }
                                      rosters.put(rosterKey(o, ShiftId.of(shift), v), history);
                                    })));
    Optional<FieldCatalogue> catalogue = Optional.empty();
    if (c.get("catalogue") != null) {
      List<Field> fields = new ArrayList<>();
      map(c, "catalogue")
          .forEach(
              (code, subs) -> {
                List<Field> subFields = new ArrayList<>();
                for (Object sub : asList(subs, "sub-fields of " + code)) {
                  subFields.add(
                      new Field(
                          FieldCode.of((String) sub), BilingualText.of("فرع", "Sub"), List.of()));
                }
                fields.add(
                    new Field(FieldCode.of(code), BilingualText.of("مجال", "Field"), subFields));
              });
      catalogue = Optional.of(FieldCatalogue.of(fields));
    }
    Optional<FieldCatalogue> fields = catalogue;
    Map<EntityId, PublicKey> keyOf = Map.copyOf(checkInKeys);
    return new OpportunityDirectory() {
      @Override
      public Optional<Opportunity> opportunity(OpportunityNumber number) {
        return Optional.ofNullable(opportunities.get(number));
      }

      @Override
      public Optional<ParticipatingEntity> entity(EntityId id) {
        return Optional.ofNullable(entities.get(id));
      }

      @Override
      public boolean holdsEnrollments() {
        return holdsEnrollments;
      }

      @Override
      public Optional<EnrollmentStatus> enrollment(
          OpportunityNumber opportunity, ShiftId shift, VolunteerId volunteer, Instant at) {
        EnrollmentStatus held = null;
        for (Enrollment e :
            rosters.getOrDefault(rosterKey(opportunity, shift, volunteer), List.of())) {
          if (!e.since().isAfter(at)) {
            held = e.status();
          }
        }
        return Optional.ofNullable(held);
      }

      @Override
      public java.util.Set<VolunteerId> enrolledOn(
          OpportunityNumber opportunity, ShiftId shift, Instant at) {
        java.util.Set<VolunteerId> out = new java.util.HashSet<>();
        // The roster keys of this shift: rosterKey's volunteer left off.
        String prefix = opportunity.value() + "\n" + shift.value() + "\n";
        for (Map.Entry<String, List<Enrollment>> roster : rosters.entrySet()) {
          if (!roster.getKey().startsWith(prefix)) {
            continue;
          }
          EnrollmentStatus held = null;
          for (Enrollment e : roster.getValue()) {
            if (!e.since().isAfter(at)) {
              held = e.status();
            }
          }
          if (held == EnrollmentStatus.ACCEPTED || held == EnrollmentStatus.ATTENDED) {
            out.add(roster.getValue().get(0).volunteer());
          }
        }
        return java.util.Set.copyOf(out);
      }

      @Override
      public Optional<FieldCatalogue> fieldCatalogue() {
        return fields;
      }

      @Override
      public Optional<PublicKey> checkInKey(EntityId entity) {
        return Optional.ofNullable(keyOf.get(entity));
      }
    };
  }

  private static String rosterKey(OpportunityNumber o, ShiftId s, VolunteerId v) {
    return o.value() + "\n" + s.value() + "\n" + v.value();
  }

  private static ParticipatingEntity entity(String id, Map<String, Object> m) {
    Optional<Accreditation> accreditation = Optional.empty();
    if (m.get("accreditation") != null) {
      Map<String, Object> a = map(m, "accreditation");
      accreditation =
          Optional.of(new Accreditation("ACC", DateRange.of(date(a, "first"), date(a, "last"))));
    }
    return ParticipatingEntity.builder()
        .id(EntityId.of(id))
        .name(BilingualText.of("جهة", "Entity"))
        .type(EntityType.NON_PROFIT_ASSOCIATION)
        .licenceNumber("L-" + id)
        .supervisingEntity(EntityId.of(str(m, "supervisingEntity")))
        .region(Region.parse(str(m, "region")))
        .accreditation(accreditation)
        .build();
  }

  private static Opportunity opportunity(String number, Map<String, Object> m) {
    Map<String, Object> loc = map(m, "location");
    Location location;
    if (Boolean.TRUE.equals(loc.get("remote"))) {
      location = Location.remote();
    } else {
      GeoPoint point = null;
      if (loc.get("point") != null) {
        Map<String, Object> p = map(loc, "point");
        point = GeoPoint.of(decimal(p, "lat"), decimal(p, "lon"));
      }
      location =
          Location.onSite(
              City.of(str(loc, "city"), str(loc, "city"), Region.parse(str(loc, "region"))), point);
    }
    Map<String, Object> period = map(m, "period");
    Opportunity.Builder b =
        Opportunity.builder()
            .number(OpportunityNumber.parse(number))
            .title(BilingualText.of("فرصة", "Opportunity"))
            .description(BilingualText.of("فرصة", "Opportunity"))
            .entity(EntityId.of(str(m, "entity")))
            .field(FieldCode.of(str(m, "field")))
            .location(location)
            .period(DateRange.of(date(period, "first"), date(period, "last")))
            .zone(ZoneId.of(str(m, "zone")))
            .status(OpportunityStatus.valueOf(str(m, "status")));
    if (m.get("subField") instanceof String sub) {
      b.subField(FieldCode.of(sub));
    }
    map(m, "shifts")
        .forEach(
            (id, s) -> {
              Map<String, Object> sm = asMap(s, "shift " + id);
              b.addShift(
                  new Shift(
                      ShiftId.of(id),
                      TimeRange.of(instant(sm, "start"), instant(sm, "end")),
                      (int) whole(sm, "seats")));
            });
    return b.build();
  }

  // --- Submissions -------------------------------------------------------------------------------

  private HourSubmission submission(@Nullable Object patch, String defaultKey) {
    Map<String, Object> s =
        asMap(
            EligibilityConformance.mergePatch(baseSubmission, patch == null ? Map.of() : patch),
            "submission");
    OpportunityNumber opportunity = OpportunityNumber.parse(str(s, "opportunity"));
    VolunteerId volunteer = VolunteerId.of(str(s, "volunteer"));
    Optional<ShiftId> shift =
        s.get("shift") == null ? Optional.empty() : Optional.of(ShiftId.of(str(s, "shift")));
    List<Evidence> evidence = new ArrayList<>();
    for (Object piece : list(s, "evidence")) {
      Map<String, Object> p = asMap(piece, "evidence");
      if (p.size() != 1) {
        throw new IllegalArgumentException("an evidence piece has one member");
      }
      if (p.get("code") != null) {
        evidence.add(new Evidence.Code(token(map(p, "code"), opportunity, shift, volunteer)));
      } else if (p.get("location") != null) {
        Map<String, Object> l = map(p, "location");
        evidence.add(
            new Evidence.Location(
                GeoPoint.of(decimal(l, "lat"), decimal(l, "lon")), decimal(l, "accuracyMeters")));
      } else if (p.get("autoCheckOut") != null) {
        evidence.add(new Evidence.AutoCheckOut());
      } else {
        throw new IllegalArgumentException("evidence is a code, a location or an autoCheckOut");
      }
    }
    return HourSubmission.builder()
        .key(IdempotencyKey.of(s.get("key") instanceof String k ? k : defaultKey))
        .volunteer(volunteer)
        .opportunity(opportunity)
        .time(TimeRange.of(instant(s, "start"), instant(s, "end")))
        .source(HourSource.valueOf(str(s, "source")))
        .compulsory(Boolean.TRUE.equals(s.get("compulsory")))
        .submittedBy(str(s, "submittedBy"))
        .shift(shift)
        .evidence(evidence)
        .build();
  }

  /**
   * The token of a check-in code: its parts default to the submission's; {@code signedBy} names the
   * key; {@code tamperVolunteer} replaces the signed payload by one naming another volunteer.
   */
  private String token(
      Map<String, Object> c,
      OpportunityNumber opportunity,
      Optional<ShiftId> shift,
      VolunteerId volunteer) {
    OpportunityNumber o =
        c.get("opportunity") instanceof String n ? OpportunityNumber.parse(n) : opportunity;
    ShiftId sh =
        c.get("shift") instanceof String id
            ? ShiftId.of(id)
            : shift.orElseThrow(() -> new IllegalArgumentException("a code names a shift"));
    VolunteerId v = c.get("volunteer") instanceof String id ? VolunteerId.of(id) : volunteer;
    CheckInCode code =
        new CheckInCode(str(c, "id"), o, sh, v, instant(c, "notBefore"), instant(c, "notAfter"));
    PrivateKey key = privateKeys.get(str(c, "signedBy"));
    if (key == null) {
      throw new IllegalArgumentException("unknown key " + c.get("signedBy"));
    }
    String token = code.sign(key);
    if (c.get("tamperVolunteer") instanceof String other) {
      CheckInCode altered =
          new CheckInCode(
              code.id(), o, sh, VolunteerId.of(other), code.notBefore(), code.notAfter());
      String payload = altered.sign(key);
      token = payload.substring(0, payload.indexOf('.')) + token.substring(token.indexOf('.'));
    }
    return token;
  }

  // --- typed reads -------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(@Nullable Object o, String what) {
    if (!(o instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(what + " must be an object");
    }
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(@Nullable Object o, String what) {
    if (!(o instanceof List<?>)) {
      throw new IllegalArgumentException(what + " must be an array");
    }
    return (List<Object>) o;
  }

  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return asMap(m.get(key), key);
  }

  private static Map<String, Object> mapOrEmpty(Map<String, Object> m, String key) {
    return m.get(key) == null ? Map.of() : asMap(m.get(key), key);
  }

  private static List<Object> list(Map<String, Object> m, String key) {
    return m.get(key) == null ? List.of() : asList(m.get(key), key);
  }

  private static String str(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof String s)) {
      throw new IllegalArgumentException(key + " must be a string");
    }
    return s;
  }

  private static long whole(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof Integer || m.get(key) instanceof Long)) {
      throw new IllegalArgumentException(key + " must be a whole number");
    }
    return ((Number) Objects.requireNonNull(m.get(key))).longValue();
  }

  private static double decimal(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof Number n)) {
      throw new IllegalArgumentException(key + " must be a number");
    }
    return n.doubleValue();
  }

  private static LocalDate date(Map<String, Object> m, String key) {
    return LocalDate.parse(str(m, key));
  }

  /** An instant written with its offset, e.g. {@code 2025-03-15T08:00:00+03:00}. */
  private static Instant instant(Map<String, Object> m, String key) {
    return OffsetDateTime.parse(str(m, key)).toInstant();
  }
}
