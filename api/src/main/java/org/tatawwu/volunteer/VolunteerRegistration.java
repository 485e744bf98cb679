package org.tatawwu.volunteer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.CleanText;
import org.tatawwu.constraints.EmailText;
import org.tatawwu.constraints.FieldCodeText;
import org.tatawwu.constraints.HijriDateText;
import org.tatawwu.constraints.NationalIdNumber;
import org.tatawwu.constraints.RegionCode;
import org.tatawwu.constraints.SaudiMobile;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.Region;
import org.tatawwu.internal.AllowNulls;
import org.tatawwu.text.BilingualText;
import org.tatawwu.text.SafeText;
import org.tatawwu.time.HijriDate;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.InvalidValueException;

/**
 * A volunteer's registration as typed: every field is text or may be missing, so that validation
 * ({@link org.tatawwu.validation.InputValidator}) can report every problem at once in Arabic or
 * English. {@link #toVolunteer(VolunteerId, InputValidator)} validates it and makes the domain
 * value.
 *
 * <p>The birth date is given either in Hijri ({@code 1425-03-14}, as the national platform asks) or
 * in Gregorian, not both. Sensitive: {@link #toString()} shows no personal data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param nationalId national ID or Iqama number
 * @param nameArabic the name in Arabic
 * @param nameEnglish the name in English
 * @param mobile the mobile number
 * @param email the e-mail address, optional
 * @param birthDateHijri the Hijri birth date {@code yyyy-mm-dd}, or null
 * @param birthDateGregorian the Gregorian birth date, or null
 * @param gender the gender
 * @param nationality ISO 3166-1 alpha-2 code; required for residents, optional for citizens
 * @param region ISO 3166-2:SA region code
 * @param fieldsOfInterest preferred field codes of the catalogue, at most 10
 * @param charterAccepted whether the volunteer charter was accepted
 * @param guardianNationalId the guardian's ID, required under 18
 * @param guardianCharterSigned whether the charter was signed with the guardian, required under 18
 */
@GuardianConsentForMinors
@ConsistentRegistration
// @NotNull is a validation rule on input that may be null, not a nullness claim.
@SuppressWarnings("MultipleNullnessAnnotations")
@Value.Builder
public record VolunteerRegistration(
    @NotBlank @NationalIdNumber @Nullable String nationalId,
    @NotBlank @CleanText(maxLetters = 100) @Nullable String nameArabic,
    @NotBlank @CleanText(maxLetters = 100) @Nullable String nameEnglish,
    @NotBlank @SaudiMobile @Nullable String mobile,
    @EmailText @Nullable String email,
    @HijriDateText @Nullable String birthDateHijri,
    @Past @Nullable LocalDate birthDateGregorian,
    @NotNull @Nullable Gender gender,
    @Size(min = 2, max = 2) @Nullable String nationality,
    @NotBlank @RegionCode @Nullable String region,
    @AllowNulls @Size(max = 10)
        List<@NotBlank @Size(max = 64) @FieldCodeText String> fieldsOfInterest,
    boolean charterAccepted,
    @NationalIdNumber @Nullable String guardianNationalId,
    boolean guardianCharterSigned) {

  /**
   * Copies the list; a null list becomes empty. A null element is kept, so that validation reports
   * it with the other problems.
   *
   * @param nationalId national ID or Iqama number
   * @param nameArabic the name in Arabic
   * @param nameEnglish the name in English
   * @param mobile the mobile number
   * @param email the e-mail address, optional
   * @param birthDateHijri the Hijri birth date {@code yyyy-mm-dd}, or null
   * @param birthDateGregorian the Gregorian birth date, or null
   * @param gender the gender
   * @param nationality ISO 3166-1 alpha-2 code; required for residents, optional for citizens
   * @param region ISO 3166-2:SA region code
   * @param fieldsOfInterest preferred field codes, at most 10
   * @param charterAccepted whether the volunteer charter was accepted
   * @param guardianNationalId the guardian's ID, required under 18
   * @param guardianCharterSigned whether the charter was signed with the guardian, required under
   *     18
   */
  public VolunteerRegistration {
    fieldsOfInterest =
        fieldsOfInterest == null
            ? List.of()
            : Collections.unmodifiableList(new ArrayList<>(fieldsOfInterest));
  }

  /**
   * The volunteer charter must be accepted.
   *
   * @return whether it was
   */
  @AssertTrue(message = "{org.tatawwu.volunteer.VolunteerRegistration.charter.message}")
  public boolean isCharterAccepted() {
    return charterAccepted;
  }

  /**
   * Exactly one birth date, Hijri or Gregorian, must be given.
   *
   * @return whether exactly one is
   */
  @AssertTrue(message = "{org.tatawwu.volunteer.VolunteerRegistration.birthDate.message}")
  public boolean isOneBirthDateGiven() {
    return (birthDateHijri == null || birthDateHijri.isBlank()) != (birthDateGregorian == null);
  }

  /**
   * The birth date, when given and readable, must be plausible: from {@link BirthDate#EARLIEST}
   * (1900-01-01); a date must also be in the past ({@code @Past} on a Gregorian date, {@link
   * ConsistentRegistration} on a Hijri one, both on the validator's clock).
   *
   * @return whether the rule holds; true when no readable birth date is given (other rules report
   *     that)
   */
  @AssertTrue(message = "{org.tatawwu.volunteer.VolunteerRegistration.birthDateRange.message}")
  public boolean isBirthDatePlausible() {
    if (birthDateGregorian != null) {
      return BirthDate.isPlausible(birthDateGregorian);
    }
    if (birthDateHijri == null || birthDateHijri.isBlank()) {
      return true;
    }
    try {
      return BirthDate.isPlausible(
          HijriTable.ummAlQura().toGregorian(HijriDate.parse(birthDateHijri)));
    } catch (InvalidValueException e) {
      return true; // unreadable or outside the table: @HijriDateText reports it
    }
  }

  /**
   * A resident (Iqama starting with 2) must give a nationality.
   *
   * @return whether the rule holds
   */
  @AssertTrue(message = "{org.tatawwu.volunteer.VolunteerRegistration.nationality.message}")
  public boolean isNationalityGivenForResident() {
    String id = nationalId == null ? "" : SafeText.strip(SafeText.toAsciiDigits(nationalId));
    return !id.startsWith("2") || (nationality != null && !nationality.isBlank());
  }

  /**
   * Returns the birth date this registration gives.
   *
   * @return the birth date
   * @throws InvalidValueException if it is missing or malformed (validate first)
   */
  public BirthDate birthDate() {
    if (birthDateHijri != null && !birthDateHijri.isBlank()) {
      return BirthDate.ofHijri(HijriDate.parse(birthDateHijri));
    }
    if (birthDateGregorian == null) {
      throw new InvalidValueException("birthDate.missing", "a birth date is required");
    }
    return BirthDate.ofGregorian(birthDateGregorian);
  }

  /**
   * Validates the registration and makes the volunteer, registered at the validator's clock's
   * instant (the guardian consent's record time). A registration with any problem makes no
   * volunteer.
   *
   * @param id the platform's id for the new volunteer, not null
   * @param validator validates the form (its clock gives the time of registration), not null
   * @return the volunteer, status {@link VolunteerStatus#REGISTERED}
   * @throws InvalidInputException listing every problem, in Arabic and English, when the
   *     registration has any
   */
  public Volunteer toVolunteer(VolunteerId id, InputValidator validator) {
    Objects.requireNonNull(id, "id");
    validator.check(this, Locale.ENGLISH);
    Instant registeredAt = validator.clock().instant();
    NationalId nid = NationalId.parse(Objects.requireNonNull(nationalId, "nationalId"));
    Volunteer.Builder b =
        Volunteer.builder()
            .id(id)
            .nationalId(nid)
            .name(
                BilingualText.of(
                    Objects.requireNonNull(nameArabic, "nameArabic"),
                    Objects.requireNonNull(nameEnglish, "nameEnglish")))
            .mobile(MobileNumber.parse(Objects.requireNonNull(mobile, "mobile")))
            .email(
                email == null || email.isBlank()
                    ? Optional.empty()
                    : Optional.of(EmailAddress.parse(email)))
            .birthDate(birthDate())
            .gender(Objects.requireNonNull(gender, "gender"))
            .region(Region.parse(Objects.requireNonNull(region, "region")));
    if (nationality != null && !nationality.isBlank()) {
      b.nationality(Nationality.of(nationality));
    } else if (nid.residency() == Residency.CITIZEN) {
      b.nationality(Nationality.SAUDI);
    }
    fieldsOfInterest.forEach(f -> b.addFieldsOfInterest(FieldCode.of(f.strip())));
    if (guardianNationalId != null && !guardianNationalId.isBlank()) {
      b.guardianConsent(
          new GuardianConsent(
              NationalId.parse(guardianNationalId),
              registeredAt,
              guardianCharterSigned,
              Optional.empty()));
    }
    return b.build();
  }

  /** Returns {@code VolunteerRegistration[redacted]}. */
  @Override
  public String toString() {
    return "VolunteerRegistration[redacted]";
  }

  /**
   * Returns a new builder; every text part defaults to absent (so Bean Validation reports a missing
   * one) and both flags to false. {@link Builder#build()} names every mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VolunteerRegistration} part by part (generated by Immutables). Like the
   * constructor, it keeps a null element of {@code fieldsOfInterest}, so that validation reports
   * it. Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends VolunteerRegistrationBuilder {
    Builder() {
      charterAccepted(false);
      guardianCharterSigned(false);
    }
  }
}
