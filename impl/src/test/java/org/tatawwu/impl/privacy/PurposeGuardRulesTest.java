package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCode;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;
import org.tatawwu.geo.Region;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.privacy.Classification;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.DataCategory;
import org.tatawwu.privacy.LegalBasis;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.Refusal;
import org.tatawwu.privacy.UseDecision;
import org.tatawwu.text.BilingualText;
import org.tatawwu.training.TrainingCompletion;
import org.tatawwu.training.TrainingId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/**
 * What a purpose lets the guard keep, component by component: each of the volunteer's components is
 * refused in turn (by classifying it, here, as health data, which no purpose covers) and the
 * minimised copy is compared with one made by hand.
 */
class PurposeGuardRulesTest {
  static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
  static final List<PurposeId> ALL =
      List.of(Purpose.VOLUNTEERING, Purpose.LOCATION_MATCHING, Purpose.BACKGROUND_CHECK);

  final TestClock clock = new TestClock(T0);
  final ConsentRegister consents = Tatawwu.privacy().consentRegister(clock, Purpose.defaults());

  /** Every component that can be empty is filled. */
  final Volunteer full =
      Scenario.volunteer()
          .id(VolunteerId.of("V-100"))
          .email(EmailAddress.parse("sara@example.sa"))
          .city(City.of("الرياض", "Riyadh", Region.RIYADH))
          .location(GeoPoint.of(24.7136, 46.6753))
          .putSkill(SkillCode.of("first-aid"), SkillLevel.BASIC)
          .addFieldsOfInterest(FieldCode.of("RELIEF"))
          .addLanguage(LanguageCode.ARABIC)
          .addTraining(
              new TrainingCompletion(
                  TrainingId.of("t-1"), LocalDate.of(2024, 1, 1), Optional.empty()))
          .guardianConsent(
              new GuardianConsent(NationalId.parse("1000000008"), T0, true, Optional.empty()))
          .backgroundCheck(
              new BackgroundCheck(BackgroundCheck.Status.CLEARED, LocalDate.of(2027, 1, 1)))
          .build();

  /** The default classification, with some components classified as health data. */
  record Reclassified(Set<String> asHealth) implements Classification {
    DataCategory override(ModelComponent c) {
      return c.model().equals(Volunteer.class) && asHealth.contains(c.component())
          ? DataCategory.HEALTH
          : ModelClassification.INSTANCE.categoryOf(c);
    }

    @Override
    public Optional<DataCategory> find(ModelComponent component) {
      return Optional.of(override(component));
    }

    @Override
    public DataCategory categoryOf(ModelComponent component) {
      return override(component);
    }

    @Override
    public Map<ModelComponent, DataCategory> entries() {
      return ModelClassification.INSTANCE.entries();
    }

    @Override
    public Set<ModelComponent> components(DataCategory category) {
      return ModelClassification.INSTANCE.components(category);
    }
  }

  DefaultPurposeGuard guard(String... asHealth) {
    return new DefaultPurposeGuard(consents, new Reclassified(Set.of(asHealth)));
  }

  void consentToLocationAndBackgroundCheck() {
    for (PurposeId p : List.of(Purpose.LOCATION_MATCHING, Purpose.BACKGROUND_CHECK)) {
      consents.give(full.id(), p, NoticeVersion.of("n-1"), ConsentGiver.VOLUNTEER);
    }
  }

  /** What minimising keeps when one component is refused, written out component by component. */
  static Map<String, UnaryOperator<Volunteer>> stripped() {
    Map<String, UnaryOperator<Volunteer>> m = new LinkedHashMap<>();
    m.put("email", v -> v.withEmail(Optional.empty()));
    m.put("city", v -> v.withCity(Optional.empty()));
    m.put("location", v -> v.withLocation(Optional.empty()));
    m.put("skills", v -> v.withSkills(Map.of()));
    m.put("fieldsOfInterest", v -> v.withFieldsOfInterest(List.of()));
    m.put("languages", v -> v.withLanguages(List.of()));
    m.put("trainings", v -> v.withTrainings(List.of()));
    m.put("guardianConsent", v -> v.withGuardianConsent(Optional.empty()));
    m.put("backgroundCheck", v -> v.withBackgroundCheck(Optional.empty()));
    return m;
  }

  @Test
  void a_volunteer_nothing_of_whom_is_refused_is_returned_as_is() {
    consentToLocationAndBackgroundCheck();
    assertThat(guard().minimise(full, ALL, T0)).isSameAs(full);
  }

  @Test
  void each_optional_component_refused_is_emptied_and_only_it() {
    consentToLocationAndBackgroundCheck();
    stripped()
        .forEach(
            (component, strip) -> {
              Volunteer expected = strip.apply(full);
              assertThat(expected)
                  .as("the test's volunteer has a %s", component)
                  .isNotEqualTo(full);
              assertThat(guard(component).minimise(full, ALL, T0))
                  .as("refused: %s", component)
                  .isEqualTo(expected);
            });
  }

  @Test
  void every_optional_component_refused_at_once_leaves_only_what_the_model_needs() {
    consentToLocationAndBackgroundCheck();
    Volunteer expected = full;
    for (UnaryOperator<Volunteer> strip : stripped().values()) {
      expected = strip.apply(expected);
    }
    Volunteer minimised = guard(stripped().keySet().toArray(String[]::new)).minimise(full, ALL, T0);
    assertThat(minimised).isEqualTo(expected);
    assertThat(minimised.availability()).isEqualTo(full.availability());
    assertThat(minimised.status()).isEqualTo(full.status());
  }

  @Test
  void a_component_the_model_cannot_lose_is_refused_whichever_it_is() {
    consentToLocationAndBackgroundCheck();
    for (String component :
        List.of(
            "id",
            "nationalId",
            "name",
            "mobile",
            "birthDate",
            "gender",
            "nationality",
            "region",
            "availability",
            "status")) {
      assertThatThrownBy(() -> guard(component, "email").minimise(full, ALL, T0))
          .as(component)
          .isInstanceOfSatisfying(
              RuleException.class,
              e -> {
                assertThat(e.codes()).containsExactly("privacy.use.notCovered");
                assertThat(e.problems(Locale.ENGLISH))
                    .extracting(Problem::path)
                    .containsExactly("Volunteer." + component);
              });
    }
  }

  static Purpose purpose(String id, LegalBasis basis, DataCategory... covers) {
    return new Purpose(PurposeId.of(id), BilingualText.of(id, id), basis, Set.of(covers));
  }

  static final ModelComponent LOCATION = ModelComponent.of(Volunteer.class, "location");
  static final ModelComponent CITY = ModelComponent.of(Volunteer.class, "city");
  static final PurposeId A = PurposeId.of("a");
  static final PurposeId B = PurposeId.of("b");
  static final PurposeId C = PurposeId.of("c");
  static final VolunteerId SARA = VolunteerId.of("V-100");

  /** Two purposes needing consent that both cover the location, and one on another basis. */
  final ConsentRegister custom =
      Tatawwu.privacy()
          .consentRegister(
              clock,
              List.of(
                  purpose("a", LegalBasis.CONSENT, DataCategory.LOCATION),
                  purpose("b", LegalBasis.CONSENT, DataCategory.LOCATION, DataCategory.RESIDENCE),
                  purpose("c", LegalBasis.VOLUNTEERING_RELATIONSHIP, DataCategory.RESIDENCE)));

  final DefaultPurposeGuard customGuard =
      new DefaultPurposeGuard(custom, ModelClassification.INSTANCE);

  void give(PurposeId p) {
    custom.give(SARA, p, NoticeVersion.of("n-1"), ConsentGiver.VOLUNTEER);
  }

  @Test
  void the_first_lawful_purpose_in_the_order_named_is_the_one_recorded() {
    give(B);
    assertThat(customGuard.decide(SARA, List.of(A, B), Set.of(LOCATION), T0).allowed())
        .containsExactly(Map.entry(LOCATION, B));
    give(A);
    assertThat(customGuard.decide(SARA, List.of(A, B), Set.of(LOCATION), T0).allowed())
        .containsExactly(Map.entry(LOCATION, A));
    assertThat(customGuard.decide(SARA, List.of(B, A), Set.of(LOCATION), T0).allowed())
        .containsExactly(Map.entry(LOCATION, B));
    // The city: b covers it, but c (no consent needed) justifies it whatever the order.
    assertThat(customGuard.decide(SARA, List.of(C, B), Set.of(CITY), T0).allowed())
        .containsExactly(Map.entry(CITY, C));
    assertThat(customGuard.decide(SARA, List.of(B, C), Set.of(CITY), T0).allowed())
        .containsExactly(Map.entry(CITY, B));
  }

  @Test
  void a_refusal_names_the_first_covering_purpose_and_whether_its_consent_was_withdrawn() {
    UseDecision none = customGuard.decide(SARA, List.of(C, A, B), Set.of(LOCATION), T0);
    assertThat(none.refused())
        .containsExactly(
            new Refusal(
                LOCATION, DataCategory.LOCATION, Refusal.Reason.NO_CONSENT, Optional.of(A)));
    assertThat(none.allowed()).isEmpty();

    give(B);
    clock.advance(Duration.ofHours(1));
    custom.withdraw(SARA, B, ConsentGiver.VOLUNTEER);
    Instant later = clock.instant();
    // a was never consented to: its refusal is for no consent, though b's was withdrawn.
    assertThat(customGuard.decide(SARA, List.of(A, B), Set.of(LOCATION), later).refused())
        .containsExactly(
            new Refusal(
                LOCATION, DataCategory.LOCATION, Refusal.Reason.NO_CONSENT, Optional.of(A)));
    assertThat(customGuard.decide(SARA, List.of(B, A), Set.of(LOCATION), later).refused())
        .containsExactly(
            new Refusal(LOCATION, DataCategory.LOCATION, Refusal.Reason.WITHDRAWN, Optional.of(B)));
    // Before the withdrawal, b's consent was in force.
    assertThat(
            customGuard
                .decide(SARA, List.of(A, B), Set.of(LOCATION), later.minusSeconds(1))
                .allowed())
        .containsExactly(Map.entry(LOCATION, B));
  }

  @Test
  void data_that_is_not_personal_is_allowed_under_the_first_purpose_named() {
    ModelComponent title = ModelComponent.of(Opportunity.class, "title");
    assertThat(customGuard.decide(SARA, List.of(B, A), Set.of(title), T0).allowed())
        .containsExactly(Map.entry(title, B));
    assertThat(customGuard.decide(SARA, List.of(C), Set.of(title, CITY), T0).allowed())
        .containsOnly(Map.entry(title, C), Map.entry(CITY, C));
  }

  @Test
  void purposes_must_be_named_and_declared_and_every_unknown_one_is_reported() {
    assertThatThrownBy(() -> customGuard.decide(SARA, List.of(), Set.of(CITY), T0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("privacy.purposes.empty"));
    assertThatThrownBy(
            () ->
                customGuard.decide(
                    SARA, List.of(PurposeId.of("x"), C, PurposeId.of("y")), Set.of(CITY), T0))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(v -> v.code())
                  .containsExactly("privacy.purpose.unknown", "privacy.purpose.unknown");
              assertThat(e.problems(Locale.ENGLISH).toString()).contains("x").contains("y");
            });
  }

  @Test
  void require_passes_when_everything_is_allowed() {
    give(A);
    customGuard.require(SARA, List.of(A, C), Set.of(LOCATION, CITY), T0);
    assertThatThrownBy(() -> customGuard.require(SARA, List.of(C), Set.of(LOCATION, CITY), T0))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> assertThat(e.codes()).containsExactly("privacy.use.notCovered"));
  }
}
