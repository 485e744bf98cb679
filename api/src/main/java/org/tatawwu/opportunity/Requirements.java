package org.tatawwu.opportunity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.tatawwu.training.TrainingId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.Residency;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;

/**
 * What an opportunity asks of a volunteer. Start from {@link #NONE} and add with the {@code with}
 * methods, as with java.time.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param minimumAge the minimum age in completed years, 0 to 120; 0 for none
 * @param minorsAllowed whether volunteers under 18 (with guardian consent) may join
 * @param gender the gender the opportunity is reserved to, if any
 * @param residency the residency it is reserved to, if any
 * @param languages languages the volunteer must speak, all of them
 * @param skills skills the volunteer must have, each at least at the given level
 * @param trainings trainings the volunteer must have completed and not let expire
 * @param backgroundCheck whether a cleared background check is required
 */
@Value.Builder
public record Requirements(
    int minimumAge,
    boolean minorsAllowed,
    Optional<Gender> gender,
    Optional<Residency> residency,
    Set<LanguageCode> languages,
    Map<SkillCode, SkillLevel> skills,
    Set<TrainingId> trainings,
    boolean backgroundCheck) {

  /** No requirement at all: adults only, as minors are admitted only when allowed explicitly. */
  public static final Requirements NONE =
      new Requirements(
          0, false, Optional.empty(), Optional.empty(), Set.of(), Map.of(), Set.of(), false);

  /**
   * Checks the ranges and copies the collections.
   *
   * @param minimumAge the minimum age in completed years, 0 to 120; 0 for none
   * @param minorsAllowed whether volunteers under 18 (with guardian consent) may join
   * @param gender the gender the opportunity is reserved to, if any, not null
   * @param residency the residency it is reserved to, if any, not null
   * @param languages languages the volunteer must speak, all of them
   * @param skills skills the volunteer must have, each at least at the given level
   * @param trainings trainings the volunteer must have completed and not let expire
   * @param backgroundCheck whether a cleared background check is required
   */
  public Requirements {
    if (minimumAge < 0 || minimumAge > 120) {
      throw new InvalidValueException("requirements.minimumAge", "a minimum age is 0 to 120");
    }
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(residency, "residency");
    languages = Set.copyOf(languages);
    skills = Map.copyOf(skills);
    trainings = Set.copyOf(trainings);
  }

  /**
   * Returns a copy with a minimum age.
   *
   * @param years 0 to 120
   * @return the changed copy
   */
  public Requirements withMinimumAge(int years) {
    return new Requirements(
        years, minorsAllowed, gender, residency, languages, skills, trainings, backgroundCheck);
  }

  /**
   * Returns a copy that admits or refuses minors.
   *
   * @param allowed whether volunteers under 18 may join
   * @return the changed copy
   */
  public Requirements withMinorsAllowed(boolean allowed) {
    return new Requirements(
        minimumAge, allowed, gender, residency, languages, skills, trainings, backgroundCheck);
  }

  /**
   * Returns a copy reserved to one gender.
   *
   * @param only not null
   * @return the changed copy
   */
  public Requirements withGender(Gender only) {
    return new Requirements(
        minimumAge,
        minorsAllowed,
        Optional.of(only),
        residency,
        languages,
        skills,
        trainings,
        backgroundCheck);
  }

  /**
   * Returns a copy reserved to citizens or to residents.
   *
   * @param only not null
   * @return the changed copy
   */
  public Requirements withResidency(Residency only) {
    return new Requirements(
        minimumAge,
        minorsAllowed,
        gender,
        Optional.of(only),
        languages,
        skills,
        trainings,
        backgroundCheck);
  }

  /**
   * Returns a copy that also requires a language.
   *
   * @param language not null
   * @return the changed copy
   */
  public Requirements withLanguage(LanguageCode language) {
    Set<LanguageCode> more = new HashSet<>(languages);
    more.add(language);
    return new Requirements(
        minimumAge, minorsAllowed, gender, residency, more, skills, trainings, backgroundCheck);
  }

  /**
   * Returns a copy that also requires a skill at a minimum level.
   *
   * @param skill not null
   * @param minimum not null
   * @return the changed copy
   */
  public Requirements withSkill(SkillCode skill, SkillLevel minimum) {
    Map<SkillCode, SkillLevel> more = new HashMap<>(skills);
    more.put(skill, minimum);
    return new Requirements(
        minimumAge, minorsAllowed, gender, residency, languages, more, trainings, backgroundCheck);
  }

  /**
   * Returns a copy that also requires a training.
   *
   * @param training not null
   * @return the changed copy
   */
  public Requirements withTraining(TrainingId training) {
    Set<TrainingId> more = new HashSet<>(trainings);
    more.add(training);
    return new Requirements(
        minimumAge, minorsAllowed, gender, residency, languages, skills, more, backgroundCheck);
  }

  /**
   * Returns a copy that requires a cleared background check, or not.
   *
   * @param required whether a check is required
   * @return the changed copy
   */
  public Requirements withBackgroundCheck(boolean required) {
    return new Requirements(
        minimumAge, minorsAllowed, gender, residency, languages, skills, trainings, required);
  }

  /**
   * Returns a new builder; it starts as {@link #NONE}: minimum age zero, minors not allowed, no
   * background check. {@link Builder#build()} names every mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Requirements} part by part (generated by Immutables). Not thread-safe; use one
   * builder per thread.
   */
  public static final class Builder extends RequirementsBuilder {
    Builder() {
      minimumAge(0);
      minorsAllowed(false);
      backgroundCheck(false);
    }
  }
}
