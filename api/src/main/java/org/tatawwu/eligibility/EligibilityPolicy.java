package org.tatawwu.eligibility;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tatawwu.text.Identifiers;
import org.tatawwu.validation.InvalidValueException;

/**
 * An eligibility policy as data: an identifier, a version and the criteria to apply, in order. Two
 * systems given the same policy and the same inputs reach the same verdict.
 *
 * <p>Built-in criterion types and their parameters (defaults in brackets):
 *
 * <ul>
 *   <li>{@code volunteerStatus} — not suspended; {@code requireVerified} [false]
 *   <li>{@code opportunityOpen} — the opportunity is published
 *   <li>{@code entity} — the entity is accredited on the shift's day, and a private company offers
 *       only non-profit work
 *   <li>{@code age} — at least the larger of {@code minimumAge} [0] and the opportunity's minimum
 *       age on the shift's day, counted in {@code calendar} [GREGORIAN]
 *   <li>{@code minors} — under {@code adultAge} [18] (in {@code calendar} [GREGORIAN]): only where
 *       the opportunity admits minors, and only with guardian consent covering the day
 *   <li>{@code gender}, {@code residency} — as the opportunity reserves
 *   <li>{@code region} — an on-site shift is in the volunteer's region; remote work always matches
 *   <li>{@code languages}, {@code skills} — every required language; every skill at its minimum
 *       level
 *   <li>{@code trainings} — every required training valid on the shift's day, or expired fewer than
 *       {@code graceDays} [30] days before it
 *   <li>{@code backgroundCheck} — where the opportunity requires it (or {@code always} [false]), a
 *       cleared check valid on the shift's day
 *   <li>{@code availability} — the volunteer's availability covers the whole shift
 *   <li>{@code overlap} — no overlap with the volunteer's other accepted shifts (half-open:
 *       back-to-back is fine)
 *   <li>{@code maxConcurrent} — fewer than {@code max} [3] accepted shifts not yet ended
 *   <li>{@code credentials} — what {@link EligibilityQuery#credentialDemand()} asks: for each
 *       demanded type, a verified credential valid for the whole shift: issued on or before its
 *       first day and valid through its last day (or expired fewer than {@code graceDays} [0] days
 *       before that last day), the days taken in the opportunity's zone, a shift ending exactly at
 *       midnight not touching the next day; and, when a verification level is demanded, one such
 *       credential at that level or better; nothing when nothing is demanded
 * </ul>
 *
 * <p>Custom types plug in through {@link org.tatawwu.spi.CriterionProvider}. This class is
 * immutable and thread-safe.
 *
 * @param id the policy's identifier
 * @param version the version, 1 or more
 * @param criteria the criteria in evaluation order, types unique
 */
public record EligibilityPolicy(String id, int version, List<CriterionSpec> criteria) {
  /** The built-in criterion types, in the order {@link #DEFAULT} applies them. */
  public static final List<String> BUILT_IN_TYPES =
      List.of(
          "volunteerStatus",
          "opportunityOpen",
          "entity",
          "age",
          "minors",
          "gender",
          "residency",
          "region",
          "languages",
          "skills",
          "trainings",
          "backgroundCheck",
          "availability",
          "overlap",
          "maxConcurrent",
          "credentials");

  /**
   * The default policy: every built-in criterion with its default parameters; id {@code
   * tatawwu-standard}, version 1.
   */
  public static final EligibilityPolicy DEFAULT =
      new EligibilityPolicy(
          "tatawwu-standard", 1, BUILT_IN_TYPES.stream().map(CriterionSpec::of).toList());

  /**
   * Checks the identifier, the version and that no type appears twice.
   *
   * @param id the policy's identifier
   * @param version the version, 1 or more
   * @param criteria the criteria in evaluation order, types unique
   */
  public EligibilityPolicy {
    Identifiers.check(id, "policyId");
    if (version < 1) {
      throw new InvalidValueException("policy.version", "a policy version is 1 or more");
    }
    criteria = List.copyOf(criteria);
    Set<String> types = new HashSet<>();
    for (CriterionSpec c : criteria) {
      if (!types.add(c.type())) {
        throw new InvalidValueException(
            "policy.duplicateCriterion", "a criterion type appears twice: " + c.type());
      }
    }
  }

  /**
   * Returns a copy with one criterion added or its parameters replaced.
   *
   * @param type the type, not null
   * @param parameters the parameters, not null
   * @return the changed policy, same id and version
   */
  public EligibilityPolicy with(String type, Map<String, String> parameters) {
    Objects.requireNonNull(type, "type");
    List<CriterionSpec> changed = new java.util.ArrayList<>(criteria);
    CriterionSpec spec = CriterionSpec.of(type, parameters);
    int at = -1;
    for (int i = 0; i < changed.size(); i++) {
      if (changed.get(i).type().equals(type)) {
        at = i;
      }
    }
    if (at >= 0) {
      changed.set(at, spec);
    } else {
      changed.add(spec);
    }
    return new EligibilityPolicy(id, version, changed);
  }
}
