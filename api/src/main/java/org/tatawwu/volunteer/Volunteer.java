package org.tatawwu.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.AgeCalendar;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;

/**
 * A registered volunteer. Build one with {@link #builder()}; derive a changed copy with the {@code
 * with*} methods; user input arrives as a {@link VolunteerRegistration} and becomes a {@code
 * Volunteer} only once valid.
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
@Value.Builder
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
    VolunteerStatus status)
    implements WithVolunteer {

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

  /**
   * Returns a new builder; availability defaults to {@link Availability#ALWAYS}, status to {@link
   * VolunteerStatus#REGISTERED}. {@link Builder#build()} names every mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Volunteer} part by part (generated by Immutables). Not thread-safe; use one
   * builder per thread.
   */
  public static final class Builder extends VolunteerBuilder {
    Builder() {
      availability(Availability.ALWAYS);
      status(VolunteerStatus.REGISTERED);
    }
  }
}
