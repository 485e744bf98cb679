package org.tatawwu.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.CleanText;
import org.tatawwu.constraints.FieldCodeText;
import org.tatawwu.constraints.RegionCode;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.InputValidator;

/**
 * An opportunity as an entity types it, validated all at once before it becomes an {@link
 * Opportunity} with {@link #toOpportunity(InputValidator)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the 11-digit number
 * @param titleArabic the Arabic title
 * @param titleEnglish the English title
 * @param descriptionArabic the Arabic description
 * @param descriptionEnglish the English description
 * @param entityId the offering entity's id
 * @param entityType the offering entity's type
 * @param nonProfitWork whether the work is declared free of profit
 * @param field the field code
 * @param subField the sub-field code, optional
 * @param remote whether the work is remote
 * @param region the region code, required on site
 * @param cityArabic the city's Arabic name, required on site
 * @param cityEnglish the city's English name, required on site
 * @param latitude the site's latitude, optional, -90 to 90
 * @param longitude the site's longitude, optional, -180 to 180
 * @param firstDay the first day
 * @param lastDay the last day
 * @param zone the time zone id; Asia/Riyadh when null
 * @param shifts the shifts, 1 to 1000
 * @param expectedHours the expected hours, 0 to 10,000
 * @param minimumAge the minimum age, 0 to 120
 * @param minorsAllowed whether volunteers under 18 may join
 * @param skillsBased whether it is skills-based
 */
@ConsistentOpportunity
@LawfulVolunteerUse
// @NotNull is a validation rule on input that may be null, not a nullness claim.
@SuppressWarnings("MultipleNullnessAnnotations")
@Value.Builder
public record OpportunityDraft(
    @NotBlank @Pattern(regexp = "\\d{11}") @Nullable String number,
    @NotBlank @CleanText(maxLetters = 150) @Nullable String titleArabic,
    @NotBlank @CleanText(maxLetters = 150) @Nullable String titleEnglish,
    @CleanText(maxLetters = 4000) @Nullable String descriptionArabic,
    @CleanText(maxLetters = 4000) @Nullable String descriptionEnglish,
    @NotBlank @Size(max = 64) @Pattern(regexp = ShiftDraft.ID_PATTERN) @Nullable String entityId,
    @NotNull @Nullable EntityType entityType,
    boolean nonProfitWork,
    @NotBlank @Size(max = 64) @FieldCodeText @Nullable String field,
    @Size(max = 64) @FieldCodeText @Nullable String subField,
    boolean remote,
    @RegionCode @Nullable String region,
    @CleanText(maxLetters = 100) @Nullable String cityArabic,
    @CleanText(maxLetters = 100) @Nullable String cityEnglish,
    @Min(-90) @Max(90) @Nullable Double latitude,
    @Min(-180) @Max(180) @Nullable Double longitude,
    @NotNull @Nullable LocalDate firstDay,
    @NotNull @Nullable LocalDate lastDay,
    @Nullable String zone,
    @NotEmpty @Size(max = 1000) List<@Valid @NotNull ShiftDraft> shifts,
    @Min(0) @Max(10_000) int expectedHours,
    @Min(0) @Max(120) int minimumAge,
    boolean minorsAllowed,
    boolean skillsBased) {

  /**
   * Copies the list; a null list becomes empty.
   *
   * @param number the 11-digit number
   * @param titleArabic the Arabic title
   * @param titleEnglish the English title
   * @param descriptionArabic the Arabic description
   * @param descriptionEnglish the English description
   * @param entityId the offering entity's id: 1 to 64 ASCII letters, digits, {@code . _ : -}
   * @param entityType the offering entity's type
   * @param nonProfitWork whether the work is declared free of profit
   * @param field the field code
   * @param subField the sub-field code, optional
   * @param remote whether the work is remote
   * @param region the region code, required on site
   * @param cityArabic the city's Arabic name, required on site
   * @param cityEnglish the city's English name, required on site
   * @param latitude the site's latitude, optional, -90 to 90
   * @param longitude the site's longitude, optional, -180 to 180
   * @param firstDay the first day
   * @param lastDay the last day
   * @param zone the time zone id; Asia/Riyadh when null
   * @param shifts the shifts, 1 to 1000
   * @param expectedHours the expected hours, 0 to 10,000
   * @param minimumAge the minimum age, 0 to 120
   * @param minorsAllowed whether volunteers under 18 may join
   * @param skillsBased whether it is skills-based
   */
  public OpportunityDraft {
    shifts = shifts == null ? List.of() : List.copyOf(shifts);
  }

  /**
   * Returns the zone: {@link #zone()} parsed, or Asia/Riyadh when absent.
   *
   * @return the zone
   * @throws java.time.DateTimeException if the zone id is unknown (validate first)
   */
  public ZoneId zoneId() {
    return zone == null || zone.isBlank() ? Opportunity.DEFAULT_ZONE : ZoneId.of(zone);
  }

  /**
   * Validates the draft and makes the opportunity, as a draft. A draft with any problem makes no
   * opportunity.
   *
   * @param validator validates the draft, not null
   * @return the opportunity
   * @throws org.tatawwu.validation.InvalidInputException listing every problem, in Arabic and
   *     English, when the draft has any
   */
  public Opportunity toOpportunity(InputValidator validator) {
    validator.check(this, Locale.ENGLISH);
    BilingualText title =
        BilingualText.of(
            Objects.requireNonNull(titleArabic, "titleArabic"),
            Objects.requireNonNull(titleEnglish, "titleEnglish"));
    Location location =
        remote
            ? Location.remote()
            : Location.onSite(
                City.of(
                    Objects.requireNonNull(cityArabic, "cityArabic"),
                    Objects.requireNonNull(cityEnglish, "cityEnglish"),
                    Region.parse(Objects.requireNonNull(region, "region"))),
                latitude != null && longitude != null ? GeoPoint.of(latitude, longitude) : null);
    Opportunity.Builder b =
        Opportunity.builder()
            .number(new OpportunityNumber(Objects.requireNonNull(number, "number")))
            .title(title)
            .entity(EntityId.of(Objects.requireNonNull(entityId, "entityId")))
            .field(FieldCode.of(Objects.requireNonNull(field, "field")))
            .subField(
                subField == null || subField.isBlank()
                    ? Optional.<FieldCode>empty()
                    : Optional.of(FieldCode.of(subField)))
            .location(location)
            .period(
                DateRange.of(
                    Objects.requireNonNull(firstDay, "firstDay"),
                    Objects.requireNonNull(lastDay, "lastDay")))
            .zone(zoneId())
            .expectedHours(Duration.ofHours(expectedHours))
            .requirements(
                Requirements.NONE.withMinimumAge(minimumAge).withMinorsAllowed(minorsAllowed))
            .skillsBased(skillsBased)
            .nonProfitWork(nonProfitWork);
    b.description(
        descriptionArabic != null && descriptionEnglish != null
            ? BilingualText.of(descriptionArabic, descriptionEnglish)
            : title);
    shifts.forEach(s -> b.addShift(s.toShift()));
    return b.build();
  }

  /**
   * Returns a new builder; every text part defaults to absent (so Bean Validation reports a missing
   * one), the flags to false and the numbers to zero. {@link Builder#build()} names every mandatory
   * part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link OpportunityDraft} part by part (generated by Immutables). Not thread-safe; use
   * one builder per thread.
   */
  public static final class Builder extends OpportunityDraftBuilder {
    Builder() {
      nonProfitWork(false);
      remote(false);
      expectedHours(0);
      minimumAge(0);
      minorsAllowed(false);
      skillsBased(false);
    }
  }
}
