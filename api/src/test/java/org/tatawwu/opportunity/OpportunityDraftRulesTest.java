package org.tatawwu.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.organization.EntityId;
import org.tatawwu.organization.EntityType;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.Problem;

/** The draft's conversion, read with a validator that reports what it is told to. */
class OpportunityDraftRulesTest {

  static InputValidator reporting(List<Problem> problems) {
    return new InputValidator() {
      @Override
      public List<Problem> validate(Object input, Locale locale) {
        return problems;
      }

      @Override
      public Clock clock() {
        return Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
      }
    };
  }

  static final InputValidator VALID = reporting(List.of());

  static OpportunityDraft.Builder draft() {
    return OpportunityDraft.builder()
        .number("12345678901")
        .titleArabic("توزيع السلال")
        .titleEnglish("Food baskets")
        .entityId("E1")
        .entityType(EntityType.NON_PROFIT_ASSOCIATION)
        .field("SOCIAL")
        .region("SA-01")
        .cityArabic("الرياض")
        .cityEnglish("Riyadh")
        .firstDay(LocalDate.of(2025, 3, 1))
        .lastDay(LocalDate.of(2025, 3, 31))
        .shifts(
            List.of(
                new ShiftDraft(
                    "a",
                    Instant.parse("2025-03-01T05:00:00Z"),
                    Instant.parse("2025-03-01T09:00:00Z"),
                    3)));
  }

  @Test
  void the_builder_starts_with_every_flag_off_and_no_hours() {
    OpportunityDraft d = OpportunityDraft.builder().build();
    assertThat(d.nonProfitWork()).isFalse();
    assertThat(d.remote()).isFalse();
    assertThat(d.expectedHours()).isZero();
    assertThat(d.minimumAge()).isZero();
    assertThat(d.minorsAllowed()).isFalse();
    assertThat(d.skillsBased()).isFalse();
    assertThat(d.shifts()).isEmpty();
  }

  @Test
  void the_zone_defaults_to_riyadh_when_missing_or_blank() {
    assertThat(draft().build().zoneId()).isEqualTo(ZoneId.of("Asia/Riyadh"));
    assertThat(draft().zone(" ").build().zoneId()).isEqualTo(ZoneId.of("Asia/Riyadh"));
    assertThat(draft().zone("Asia/Dubai").build().zoneId()).isEqualTo(ZoneId.of("Asia/Dubai"));
  }

  @Test
  void an_on_site_draft_becomes_an_opportunity_with_every_part() {
    Opportunity o =
        draft()
            .latitude(24.5)
            .longitude(46.25)
            .subField("SOCIAL.FOOD_BASKETS")
            .descriptionArabic("وصف")
            .descriptionEnglish("Description")
            .expectedHours(6)
            .minimumAge(16)
            .minorsAllowed(true)
            .skillsBased(true)
            .nonProfitWork(true)
            .build()
            .toOpportunity(VALID);
    assertThat(o.number()).isEqualTo(OpportunityNumber.parse("12345678901"));
    assertThat(o.title()).isEqualTo(BilingualText.of("توزيع السلال", "Food baskets"));
    assertThat(o.description()).isEqualTo(BilingualText.of("وصف", "Description"));
    assertThat(o.entity()).isEqualTo(EntityId.of("E1"));
    assertThat(o.field()).isEqualTo(FieldCode.of("SOCIAL"));
    assertThat(o.subField()).contains(FieldCode.of("SOCIAL.FOOD_BASKETS"));
    assertThat(o.location())
        .isEqualTo(
            Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), GeoPoint.of(24.5, 46.25)));
    assertThat(o.zone()).isEqualTo(ZoneId.of("Asia/Riyadh"));
    assertThat(o.expectedHours()).isEqualTo(Duration.ofHours(6));
    assertThat(o.requirements().minimumAge()).isEqualTo(16);
    assertThat(o.requirements().minorsAllowed()).isTrue();
    assertThat(o.skillsBased()).isTrue();
    assertThat(o.nonProfitWork()).isTrue();
    assertThat(o.shifts()).extracting(s -> s.id().value()).containsExactly("a");
    assertThat(o.shifts().get(0).capacity()).isEqualTo(3);
  }

  @Test
  void a_place_needs_both_coordinates_and_a_description_both_languages() {
    Opportunity o = draft().latitude(24.5).descriptionArabic("وصف").build().toOpportunity(VALID);
    assertThat(o.location())
        .isEqualTo(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null));
    assertThat(o.description()).isEqualTo(o.title());
    assertThat(o.subField()).isEmpty();
    Opportunity p =
        draft().longitude(46.0).subField(" ").descriptionEnglish("D").build().toOpportunity(VALID);
    assertThat(p.location())
        .isEqualTo(Location.onSite(City.of("الرياض", "Riyadh", Region.RIYADH), null));
    assertThat(p.description()).isEqualTo(p.title());
    assertThat(p.subField()).isEmpty();
  }

  @Test
  void a_remote_draft_needs_no_city() {
    Opportunity o =
        draft()
            .remote(true)
            .region(null)
            .cityArabic(null)
            .cityEnglish(null)
            .build()
            .toOpportunity(VALID);
    assertThat(o.location()).isEqualTo(Location.remote());
    assertThat(o.nonProfitWork()).isFalse();
    assertThat(o.skillsBased()).isFalse();
  }

  @Test
  void an_invalid_draft_becomes_no_opportunity() {
    assertThatThrownBy(
            () ->
                draft()
                    .build()
                    .toOpportunity(reporting(List.of(new Problem("number", "x", "bad")))))
        .isInstanceOf(InvalidInputException.class);
  }
}
