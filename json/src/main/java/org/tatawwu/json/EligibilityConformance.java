package org.tatawwu.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Verification;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.opportunity.Location;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.opportunity.OpportunityStatus;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.opportunity.Shift;
import org.tatawwu.opportunity.ShiftId;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.organization.ParticipatingEntity;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.TimeRange;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Availability;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Residency;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerStatus;
import org.tatawwu.volunteer.WeeklySlot;

/**
 * The eligibility conformance vectors and their runner. A vector is a policy, a volunteer, an
 * entity, an opportunity with one shift, the volunteer's other accepted shifts and an instant, with
 * the expected verdict and reason codes. Any implementation of {@link EligibilityEngine} can be
 * checked with {@link #run(Function)}.
 *
 * <p>File format ({@code eligibility-vectors.json}): {@code policies} maps names to policy
 * documents ({@link PolicyDocuments}); {@code base} holds a complete case; each vector gives a
 * {@code patch} applied to the base as a JSON Merge Patch (RFC 7386: objects merge, {@code null}
 * removes, arrays replace), the {@code policy} name and the {@code expected} codes. The JSON shapes
 * of the case are documented in the file's {@code schema} member.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EligibilityConformance {
  /** The vectors file's format and version. */
  public static final String FORMAT = "tatawwu-eligibility-vectors/1";

  /**
   * One vector, ready to evaluate.
   *
   * @param name what it checks
   * @param policyName the name of its policy in the file
   * @param policy the policy, read through the JSON path
   * @param query the question
   * @param expectedCodes the expected reason codes; empty for eligible
   */
  public record Vector(
      String name,
      String policyName,
      EligibilityPolicy policy,
      EligibilityQuery query,
      Set<String> expectedCodes) {}

  /**
   * The outcome of one vector.
   *
   * @param vector the vector
   * @param actualCodes the codes the engine gave
   */
  public record Result(Vector vector, Set<String> actualCodes) {
    /**
     * Returns whether the engine agreed with the vector.
     *
     * @return true when the codes match exactly
     */
    public boolean passed() {
      return actualCodes.equals(vector.expectedCodes());
    }
  }

  private final Map<String, EligibilityPolicy> policies;
  private final List<Vector> vectors;

  private EligibilityConformance(Map<String, EligibilityPolicy> policies, List<Vector> vectors) {
    this.policies = policies;
    this.vectors = vectors;
  }

  /**
   * Loads the vectors shipped with Tatawwu.
   *
   * @return the conformance suite
   */
  public static EligibilityConformance shipped() {
    try (InputStream in =
        EligibilityConformance.class.getResourceAsStream("eligibility-vectors.json")) {
      if (in == null) {
        throw new IllegalStateException("eligibility-vectors.json is missing from tatawwu-json");
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
   * @throws InvalidValueException naming the vector and the problem if the file is malformed
   */
  @SuppressWarnings("unchecked")
  public static EligibilityConformance read(Reader json) {
    @Nullable Map<String, Object> root;
    try {
      root = JsonText.object(json);
    } catch (IOException e) {
      throw new InvalidValueException("vectors.invalid", "the vectors file is not valid JSON");
    }
    if (root == null || !FORMAT.equals(root.get("format"))) {
      throw new InvalidValueException("vectors.invalid", "format must be \"" + FORMAT + "\"");
    }
    Map<String, EligibilityPolicy> policies = new LinkedHashMap<>();
    map(root, "policies")
        .forEach((name, doc) -> policies.put(name, PolicyDocuments.fromMap(asMap(doc, name))));
    Map<String, Object> base = map(root, "base");
    List<Vector> vectors = new ArrayList<>();
    for (Object item : (List<Object>) Objects.requireNonNull(root.get("vectors"), "vectors")) {
      Map<String, Object> v = asMap(item, "vector");
      String name = String.valueOf(v.get("name"));
      try {
        String policyName = String.valueOf(v.get("policy"));
        EligibilityPolicy policy = policies.get(policyName);
        if (policy == null) {
          throw new IllegalArgumentException("unknown policy " + policyName);
        }
        Map<String, Object> patch =
            v.get("patch") == null ? Map.of() : asMap(v.get("patch"), "patch");
        Map<String, Object> c = asMap(mergePatch(base, patch), "case");
        Set<String> expected = new TreeSet<>();
        for (Object code : (List<Object>) map(v, "expected").getOrDefault("reasons", List.of())) {
          expected.add((String) code);
        }
        vectors.add(new Vector(name, policyName, policy, query(c), expected));
      } catch (RuntimeException e) {
        throw new InvalidValueException(
            "vectors.invalid", "vector '" + name + "' is malformed: " + e.getMessage());
      }
    }
    return new EligibilityConformance(Map.copyOf(policies), List.copyOf(vectors));
  }

  /**
   * Returns the named policies of the file.
   *
   * @return the policies by name
   */
  public Map<String, EligibilityPolicy> policies() {
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
   * Runs every vector against engines made by the given factory (one per policy).
   *
   * @param engines makes an engine for a policy, not null
   * @return one result per vector, in file order
   */
  public List<Result> run(Function<EligibilityPolicy, EligibilityEngine> engines) {
    Map<EligibilityPolicy, EligibilityEngine> cache = new LinkedHashMap<>();
    List<Result> results = new ArrayList<>(vectors.size());
    for (Vector v : vectors) {
      EligibilityEngine engine = cache.computeIfAbsent(v.policy(), engines);
      Verdict verdict = engine.evaluate(v.query());
      results.add(new Result(v, verdict.codes()));
    }
    return results;
  }

  // --- JSON Merge Patch (RFC 7386) ---------------------------------------------------------

  @SuppressWarnings("unchecked")
  static @Nullable Object mergePatch(@Nullable Object target, @Nullable Object patch) {
    if (!(patch instanceof Map<?, ?> p)) {
      return patch;
    }
    Map<String, Object> result =
        target instanceof Map<?, ?> t
            ? new LinkedHashMap<>((Map<String, Object>) t)
            : new LinkedHashMap<>();
    ((Map<String, Object>) p)
        .forEach(
            (k, v) -> {
              if (v == null) {
                result.remove(k);
              } else {
                Object merged = mergePatch(result.get(k), v);
                if (merged != null) {
                  result.put(k, merged);
                }
              }
            });
    return result;
  }

  // --- Case → domain values ---------------------------------------------------------------------

  private static EligibilityQuery query(Map<String, Object> c) {
    Opportunity o = opportunity(map(c, "opportunity"));
    List<TimeRange> commitments = new ArrayList<>();
    for (Object r : list(c, "commitments")) {
      Map<String, Object> m = asMap(r, "commitment");
      commitments.add(TimeRange.of(instant(m, "start"), instant(m, "end")));
    }
    Volunteer volunteer = volunteer(map(c, "volunteer"));
    EligibilityQuery query =
        EligibilityQuery.of(
            volunteer,
            o,
            o.shifts().get(0),
            entity(map(c, "entity")),
            commitments,
            instant(c, "at"));
    if (c.get("credentials") instanceof Map<?, ?> cm) {
      Map<String, Object> credentials = asMap(cm, "credentials");
      Map<String, Object> demand = mapOrEmpty(credentials, "demand");
      Set<CredentialTypeId> types = new TreeSet<>();
      list(demand, "types").forEach(t -> types.add(CredentialTypeId.of((String) t)));
      Optional<VerificationLevel> level =
          demand.get("minimumLevel") instanceof String l
              ? Optional.of(VerificationLevel.valueOf(l))
              : Optional.empty();
      List<Credential> held = new ArrayList<>();
      for (Object h : list(credentials, "held")) {
        Map<String, Object> hm = asMap(h, "held credential");
        CredentialStatus status = CredentialStatus.valueOf(str(hm, "status"));
        boolean verified =
            status == CredentialStatus.VERIFIED || status == CredentialStatus.REVOKED;
        held.add(
            new Credential(
                CredentialId.of(str(hm, "id")),
                volunteer.id(),
                new CredentialType(
                    CredentialTypeId.of(str(hm, "type")),
                    BilingualText.of("اعتماد", "Credential"),
                    "issuer",
                    Optional.empty(),
                    VerificationLevel.valueOf(str(hm, "level"))),
                Evidence.of("document", "ref"),
                date(hm, "issuedOn"),
                optionalDate(hm, "expiresOn"),
                status,
                verified
                    ? Optional.of(new Verification("verifier", Instant.EPOCH))
                    : Optional.empty()));
      }
      query = query.withCredentials(new CredentialDemand(types, level), held);
    }
    return query;
  }

  private static Volunteer volunteer(Map<String, Object> m) {
    Volunteer.Builder b =
        Volunteer.builder()
            .id(VolunteerId.of(str(m, "id")))
            .nationalId(NationalId.parse(str(m, "nationalId")))
            .name(BilingualText.of("متطوع", "Volunteer"))
            .mobile(MobileNumber.parse("0500000000"))
            .birthDate(
                m.containsKey("birthDateHijri")
                    ? BirthDate.ofHijri(HijriDate.parse(str(m, "birthDateHijri")))
                    : BirthDate.ofGregorian(date(m, "birthDate")))
            .gender(Gender.valueOf(str(m, "gender")))
            .region(Region.parse(str(m, "region")))
            .status(VolunteerStatus.valueOf(str(m, "status")));
    if (m.containsKey("nationality")) {
      b.nationality(Nationality.of(str(m, "nationality")));
    } else if (str(m, "nationalId").startsWith("1")) {
      b.nationality(Nationality.SAUDI); // a citizen's ID starts with 1
    }
    list(m, "languages").forEach(l -> b.addLanguage(LanguageCode.of((String) l)));
    mapOrEmpty(m, "skills")
        .forEach((k, v) -> b.putSkill(SkillCode.of(k), SkillLevel.valueOf((String) v)));
    for (Object t : list(m, "trainings")) {
      Map<String, Object> tm = asMap(t, "training");
      b.addTraining(
          new TrainingCompletion(
              TrainingId.of(str(tm, "id")),
              date(tm, "completedOn"),
              optionalDate(tm, "expiresOn")));
    }
    if (m.get("guardianConsent") instanceof Map<?, ?> g) {
      Map<String, Object> gm = asMap(g, "guardianConsent");
      b.guardianConsent(
          new GuardianConsent(
              NationalId.parse("1000000008"),
              Instant.EPOCH,
              Boolean.TRUE.equals(gm.get("charterSigned")),
              optionalDate(gm, "validUntil")));
    }
    if (m.get("backgroundCheck") instanceof Map<?, ?> bc) {
      Map<String, Object> bm = asMap(bc, "backgroundCheck");
      b.backgroundCheck(
          new BackgroundCheck(
              BackgroundCheck.Status.valueOf(str(bm, "status")), date(bm, "validUntil")));
    }
    if (m.get("availability") instanceof Map<?, ?> a) {
      Map<String, Object> am = asMap(a, "availability");
      List<WeeklySlot> weekly = new ArrayList<>();
      for (Object s : list(am, "weekly")) {
        Map<String, Object> sm = asMap(s, "slot");
        weekly.add(
            WeeklySlot.of(
                DayOfWeek.valueOf(str(sm, "day")),
                LocalTime.parse(str(sm, "from")),
                LocalTime.parse(str(sm, "until"))));
      }
      List<DateRange> periods = new ArrayList<>();
      for (Object p : list(am, "periods")) {
        Map<String, Object> pm = asMap(p, "period");
        periods.add(DateRange.of(date(pm, "first"), date(pm, "last")));
      }
      b.availability(new Availability(ZoneId.of(str(am, "zone")), weekly, periods));
    }
    return b.build();
  }

  private static ParticipatingEntity entity(Map<String, Object> m) {
    Optional<Accreditation> accreditation = Optional.empty();
    if (m.get("accreditation") instanceof Map<?, ?> a) {
      Map<String, Object> am = asMap(a, "accreditation");
      accreditation =
          Optional.of(new Accreditation("ACC", DateRange.of(date(am, "first"), date(am, "last"))));
    }
    return ParticipatingEntity.builder()
        .id(EntityId.of(str(m, "id")))
        .name(BilingualText.of("جهة", "Entity"))
        .type(EntityType.valueOf(str(m, "type")))
        .licenceNumber("L-1")
        .supervisingEntity(EntityId.of("SUP-1"))
        .region(Region.RIYADH)
        .accreditation(accreditation)
        .build();
  }

  private static Opportunity opportunity(Map<String, Object> m) {
    Map<String, Object> r = mapOrEmpty(m, "requirements");
    Requirements req =
        Requirements.NONE
            .withMinimumAge(r.get("minimumAge") instanceof Integer i ? i : 0)
            .withMinorsAllowed(Boolean.TRUE.equals(r.get("minorsAllowed")))
            .withBackgroundCheck(Boolean.TRUE.equals(r.get("backgroundCheck")));
    if (r.get("gender") instanceof String g) {
      req = req.withGender(Gender.valueOf(g));
    }
    if (r.get("residency") instanceof String res) {
      req = req.withResidency(Residency.valueOf(res));
    }
    for (Object l : list(r, "languages")) {
      req = req.withLanguage(LanguageCode.of((String) l));
    }
    for (Map.Entry<String, Object> s : mapOrEmpty(r, "skills").entrySet()) {
      req = req.withSkill(SkillCode.of(s.getKey()), SkillLevel.valueOf((String) s.getValue()));
    }
    for (Object t : list(r, "trainings")) {
      req = req.withTraining(TrainingId.of((String) t));
    }
    Map<String, Object> loc = map(m, "location");
    Location location =
        Boolean.TRUE.equals(loc.get("remote"))
            ? Location.remote()
            : Location.onSite(
                City.of(str(loc, "city"), str(loc, "city"), Region.parse(str(loc, "region"))),
                null);
    Map<String, Object> period = map(m, "period");
    Map<String, Object> shift = map(m, "shift");
    return Opportunity.builder()
        .number(OpportunityNumber.parse(str(m, "number")))
        .title(BilingualText.of("فرصة", "Opportunity"))
        .description(BilingualText.of("فرصة", "Opportunity"))
        .entity(EntityId.of(str(m, "entity")))
        .field(FieldCode.of(str(m, "field")))
        .location(location)
        .period(DateRange.of(date(period, "first"), date(period, "last")))
        .zone(ZoneId.of(str(m, "zone")))
        .addShift(
            new Shift(
                ShiftId.of(str(shift, "id")),
                TimeRange.of(instant(shift, "start"), instant(shift, "end")),
                ((Number) shift.getOrDefault("capacity", 1)).intValue()))
        .requirements(req)
        .nonProfitWork(!Boolean.FALSE.equals(m.get("nonProfitWork")))
        .status(OpportunityStatus.valueOf(str(m, "status")))
        .build();
  }

  // --- typed reads
  // ---------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(@Nullable Object o, String what) {
    if (!(o instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(what + " must be an object");
    }
    return (Map<String, Object>) o;
  }

  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return asMap(m.get(key), key);
  }

  private static Map<String, Object> mapOrEmpty(Map<String, Object> m, String key) {
    return m.get(key) == null ? Map.of() : asMap(m.get(key), key);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    Object o = m.get(key);
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?>)) {
      throw new IllegalArgumentException(key + " must be an array");
    }
    return (List<Object>) o;
  }

  private static String str(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof String s)) {
      throw new IllegalArgumentException(key + " must be a string");
    }
    return s;
  }

  private static LocalDate date(Map<String, Object> m, String key) {
    return LocalDate.parse(str(m, key));
  }

  private static Optional<LocalDate> optionalDate(Map<String, Object> m, String key) {
    return m.get(key) == null ? Optional.empty() : Optional.of(date(m, key));
  }

  private static Instant instant(Map<String, Object> m, String key) {
    return Instant.parse(str(m, key));
  }
}
