package org.tatawwu.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;

/**
 * A registered volunteer. Build one with {@link #builder()}; user input arrives as a {@link
 * VolunteerRegistration} and becomes a {@code Volunteer} only once valid.
 *
 * <p>Sensitive: {@link #toString()} shows only the id, status and region, never the national ID,
 * mobile, e-mail, birth date or name. This class is immutable and thread-safe.
 *
 * @param id the platform's identifier, not null
 * @param nationalId the national ID or Iqama number, not null
 * @param name the name in Arabic and English, not null
 * @param mobile the mobile number, not null
 * @param email the e-mail address, if given
 * @param birthDate the birth date as entered, not null
 * @param gender the gender, not null
 * @param nationality the nationality, not null
 * @param region the home region, not null
 * @param city the home city, if given
 * @param location where the volunteer usually starts from, if given
 * @param skills skills with their levels, not null
 * @param fieldsOfInterest preferred fields and sub-fields, not null
 * @param languages spoken languages, not null
 * @param availability when the volunteer can serve, not null
 * @param trainings completed trainings, not null
 * @param guardianConsent guardian consent, for a volunteer under 18
 * @param backgroundCheck the latest background check, if any
 * @param status the account status, not null
 */
public record Volunteer(
    VolunteerId id,
    NationalId nationalId,
    BilingualText name,
    MobileNumber mobile,
    Optional<EmailAddress> email,
    BirthDate birthDate,
    Gender gender,
    Nationality nationality,
    Region region,
    Optional<City> city,
    Optional<GeoPoint> location,
    Map<SkillCode, SkillLevel> skills,
    Set<FieldCode> fieldsOfInterest,
    Set<LanguageCode> languages,
    Availability availability,
    List<TrainingCompletion> trainings,
    Optional<GuardianConsent> guardianConsent,
    Optional<BackgroundCheck> backgroundCheck,
    VolunteerStatus status) {

  /**
   * Checks for nulls and copies the collections.
   *
   * @param id the platform's identifier, not null
   * @param nationalId the national ID or Iqama number, not null
   * @param name the name in Arabic and English, not null
   * @param mobile the mobile number, not null
   * @param email the e-mail address, if given, not null
   * @param birthDate the birth date as entered, not null
   * @param gender the gender, not null
   * @param nationality the nationality, not null
   * @param region the home region, not null
   * @param city the home city, if given, not null
   * @param location where the volunteer usually starts from, if given, not null
   * @param skills skills with their levels, not null
   * @param fieldsOfInterest preferred fields and sub-fields, not null
   * @param languages spoken languages, not null
   * @param availability when the volunteer can serve, not null
   * @param trainings completed trainings, not null
   * @param guardianConsent guardian consent, for a volunteer under 18, not null
   * @param backgroundCheck the latest background check, if any, not null
   * @param status the account status, not null
   */
  public Volunteer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nationalId, "nationalId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(nationality, "nationality");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(location, "location");
    skills = Map.copyOf(skills);
    fieldsOfInterest = Set.copyOf(fieldsOfInterest);
    languages = Set.copyOf(languages);
    Objects.requireNonNull(availability, "availability");
    trainings = List.copyOf(trainings);
    Objects.requireNonNull(guardianConsent, "guardianConsent");
    Objects.requireNonNull(backgroundCheck, "backgroundCheck");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this volunteer's values, to derive a changed copy.
   *
   * @return a filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.nationalId = nationalId;
    b.name = name;
    b.mobile = mobile;
    b.email = email.orElse(null);
    b.birthDate = birthDate;
    b.gender = gender;
    b.nationality = nationality;
    b.region = region;
    b.city = city.orElse(null);
    b.location = location.orElse(null);
    b.skills.putAll(skills);
    b.fieldsOfInterest.addAll(fieldsOfInterest);
    b.languages.addAll(languages);
    b.availability = availability;
    b.trainings.addAll(trainings);
    b.guardianConsent = guardianConsent.orElse(null);
    b.backgroundCheck = backgroundCheck.orElse(null);
    b.status = status;
    return b;
  }

  /**
   * Returns the age in completed years on a day.
   *
   * @param day the day, not null
   * @param calendar the calendar to count in, not null
   * @return completed years
   */
  public int ageOn(LocalDate day, AgeCalendar calendar) {
    return birthDate.ageOn(day, calendar);
  }

  /**
   * Returns the volunteer's completion of a training, the latest if several.
   *
   * @param training the programme, not null
   * @return the latest completion, or empty
   */
  public Optional<TrainingCompletion> latestCompletion(TrainingId training) {
    return trainings.stream()
        .filter(t -> t.training().equals(training))
        .max((a, b) -> a.completedOn().compareTo(b.completedOn()));
  }

  /** Returns {@code Volunteer[id=…, status=…, region=…]}: no personal data. */
  @Override
  public String toString() {
    return "Volunteer[id=" + id + ", status=" + status + ", region=" + region.code() + "]";
  }

  /** Builds a {@link Volunteer}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private @Nullable VolunteerId id;
    private @Nullable NationalId nationalId;
    private @Nullable BilingualText name;
    private @Nullable MobileNumber mobile;
    private @Nullable EmailAddress email;
    private @Nullable BirthDate birthDate;
    private @Nullable Gender gender;
    private @Nullable Nationality nationality;
    private @Nullable Region region;
    private @Nullable City city;
    private @Nullable GeoPoint location;
    private final Map<SkillCode, SkillLevel> skills = new LinkedHashMap<>();
    private final Set<FieldCode> fieldsOfInterest = new LinkedHashSet<>();
    private final Set<LanguageCode> languages = new LinkedHashSet<>();
    private Availability availability = Availability.ALWAYS;
    private final List<TrainingCompletion> trainings = new ArrayList<>();
    private @Nullable GuardianConsent guardianConsent;
    private @Nullable BackgroundCheck backgroundCheck;
    private VolunteerStatus status = VolunteerStatus.REGISTERED;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id not null
     * @return this builder
     */
    public Builder id(VolunteerId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the national ID or Iqama number.
     *
     * @param nationalId not null
     * @return this builder
     */
    public Builder nationalId(NationalId nationalId) {
      this.nationalId = nationalId;
      return this;
    }

    /**
     * Sets the bilingual name.
     *
     * @param name not null
     * @return this builder
     */
    public Builder name(BilingualText name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the mobile number.
     *
     * @param mobile not null
     * @return this builder
     */
    public Builder mobile(MobileNumber mobile) {
      this.mobile = mobile;
      return this;
    }

    /**
     * Sets the e-mail address.
     *
     * @param email the address, or null for none
     * @return this builder
     */
    public Builder email(@Nullable EmailAddress email) {
      this.email = email;
      return this;
    }

    /**
     * Sets the birth date.
     *
     * @param birthDate not null
     * @return this builder
     */
    public Builder birthDate(BirthDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /**
     * Sets the gender.
     *
     * @param gender not null
     * @return this builder
     */
    public Builder gender(Gender gender) {
      this.gender = gender;
      return this;
    }

    /**
     * Sets the nationality; defaults to Saudi for a citizen's ID.
     *
     * @param nationality not null
     * @return this builder
     */
    public Builder nationality(Nationality nationality) {
      this.nationality = nationality;
      return this;
    }

    /**
     * Sets the home region.
     *
     * @param region not null
     * @return this builder
     */
    public Builder region(Region region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the home city.
     *
     * @param city the city, or null for none
     * @return this builder
     */
    public Builder city(@Nullable City city) {
      this.city = city;
      return this;
    }

    /**
     * Sets the usual starting location.
     *
     * @param location the point, or null for none
     * @return this builder
     */
    public Builder location(@Nullable GeoPoint location) {
      this.location = location;
      return this;
    }

    /**
     * Adds or replaces a skill.
     *
     * @param skill not null
     * @param level not null
     * @return this builder
     */
    public Builder skill(SkillCode skill, SkillLevel level) {
      skills.put(Objects.requireNonNull(skill), Objects.requireNonNull(level));
      return this;
    }

    /**
     * Adds a field of interest.
     *
     * @param field not null
     * @return this builder
     */
    public Builder fieldOfInterest(FieldCode field) {
      fieldsOfInterest.add(Objects.requireNonNull(field));
      return this;
    }

    /**
     * Adds a spoken language.
     *
     * @param language not null
     * @return this builder
     */
    public Builder language(LanguageCode language) {
      languages.add(Objects.requireNonNull(language));
      return this;
    }

    /**
     * Sets the availability; defaults to {@link Availability#ALWAYS}.
     *
     * @param availability not null
     * @return this builder
     */
    public Builder availability(Availability availability) {
      this.availability = Objects.requireNonNull(availability);
      return this;
    }

    /**
     * Adds a completed training.
     *
     * @param completion not null
     * @return this builder
     */
    public Builder training(TrainingCompletion completion) {
      trainings.add(Objects.requireNonNull(completion));
      return this;
    }

    /**
     * Sets the guardian consent.
     *
     * @param consent the consent, or null for none
     * @return this builder
     */
    public Builder guardianConsent(@Nullable GuardianConsent consent) {
      this.guardianConsent = consent;
      return this;
    }

    /**
     * Sets the latest background check.
     *
     * @param check the check, or null for none
     * @return this builder
     */
    public Builder backgroundCheck(@Nullable BackgroundCheck check) {
      this.backgroundCheck = check;
      return this;
    }

    /**
     * Sets the status; defaults to {@link VolunteerStatus#REGISTERED}.
     *
     * @param status not null
     * @return this builder
     */
    public Builder status(VolunteerStatus status) {
      this.status = Objects.requireNonNull(status);
      return this;
    }

    /**
     * Builds the volunteer.
     *
     * @return the volunteer
     * @throws NullPointerException naming the first required value not set (id, nationalId, name,
     *     mobile, birthDate, gender, region)
     */
    public Volunteer build() {
      NationalId nid = Objects.requireNonNull(nationalId, "nationalId");
      Nationality nat =
          nationality != null
              ? nationality
              : nid.residency() == Residency.CITIZEN
                  ? Nationality.SAUDI
                  : Objects.requireNonNull(nationality, "nationality (required for residents)");
      return new Volunteer(
          Objects.requireNonNull(id, "id"),
          nid,
          Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(mobile, "mobile"),
          Optional.ofNullable(email),
          Objects.requireNonNull(birthDate, "birthDate"),
          Objects.requireNonNull(gender, "gender"),
          nat,
          Objects.requireNonNull(region, "region"),
          Optional.ofNullable(city),
          Optional.ofNullable(location),
          skills,
          fieldsOfInterest,
          languages,
          availability,
          trainings,
          Optional.ofNullable(guardianConsent),
          Optional.ofNullable(backgroundCheck),
          status);
    }
  }
}
