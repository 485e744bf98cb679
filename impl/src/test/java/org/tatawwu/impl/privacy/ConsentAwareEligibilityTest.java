package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityEngine;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.eligibility.Explanation;
import org.tatawwu.eligibility.ShiftOffer;
import org.tatawwu.eligibility.Unmet;
import org.tatawwu.eligibility.Verdict;
import org.tatawwu.impl.eligibility.Scenario;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.Requirements;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.BackgroundCheck;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/** Eligibility that reads a volunteer's criminal record only with their consent to that use. */
class ConsentAwareEligibilityTest {
  static final Instant T0 = Scenario.ASKED.minus(Duration.ofDays(30));
  static final List<PurposeId> ELIGIBILITY =
      List.of(Purpose.VOLUNTEERING, Purpose.BACKGROUND_CHECK);

  final TestClock clock = new TestClock(T0);
  final ConsentRegister consents = Tatawwu.privacy().consentRegister(clock, Purpose.defaults());
  final PurposeGuard guard = Tatawwu.privacy().purposeGuard(consents);
  final EligibilityEngine plain = Tatawwu.eligibility(EligibilityPolicy.DEFAULT);
  final EligibilityEngine engine =
      Tatawwu.privacy().consentAwareEligibility(plain, guard, ELIGIBILITY);

  final Volunteer sara =
      Scenario.volunteer()
          .id(VolunteerId.of("V-100"))
          .backgroundCheck(
              new BackgroundCheck(BackgroundCheck.Status.CLEARED, LocalDate.of(2026, 1, 1)))
          .build();
  final Opportunity vetted =
      Scenario.opportunity()
          .requirements(Requirements.builder().backgroundCheck(true).build())
          .build();

  @Test
  void a_cleared_check_counts_only_while_the_volunteer_consents_to_its_use() {
    // The engine alone reads the record; the consent-aware one does not, without consent.
    assertThat(plain.isEligible(Scenario.query(sara, vetted))).isTrue();
    // She holds a result: the refusal names the missing consent, not a missing result.
    assertThat(engine.evaluate(Scenario.query(sara, vetted)).codes())
        .containsExactly("privacy.backgroundCheck.noConsent");
    assertThat(engine.isEligible(Scenario.query(sara, vetted))).isFalse();
    List<Explanation> why =
        engine.explain(engine.evaluate(Scenario.query(sara, vetted)), Locale.ENGLISH);
    assertThat(why)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("privacy.backgroundCheck.noConsent");
              assertThat(e.plainMessage())
                  .isEqualTo(
                      "this opportunity requires a background check, and you have not consented"
                          + " to its use for the purpose background.check");
            });
    // A volunteer without any result is still told that no result exists yet.
    Volunteer none = Scenario.volunteer().id(VolunteerId.of("V-101")).build();
    assertThat(engine.evaluate(Scenario.query(none, vetted)).codes())
        .containsExactly("backgroundCheck.missing");
    assertThat(
            engine.eligibleVolunteers(
                Scenario.entity(),
                vetted,
                vetted.shifts().get(0),
                List.of(sara),
                id -> List.of(),
                Scenario.ASKED))
        .isEmpty();

    consents.give(
        sara.id(), Purpose.BACKGROUND_CHECK, NoticeVersion.of("notice-1"), ConsentGiver.VOLUNTEER);
    assertThat(engine.isEligible(Scenario.query(sara, vetted))).isTrue();
    assertThat(
            engine.eligibleVolunteers(
                Scenario.entity(),
                vetted,
                vetted.shifts().get(0),
                List.of(sara),
                id -> List.of(),
                Scenario.ASKED))
        .singleElement()
        .isSameAs(sara);

    clock.advance(Duration.ofDays(1));
    consents.withdraw(sara.id(), Purpose.BACKGROUND_CHECK, ConsentGiver.VOLUNTEER);
    Verdict withdrawn = engine.evaluate(Scenario.query(sara, vetted));
    assertThat(withdrawn.codes())
        .as("withdrawn before the question's instant")
        .containsExactly("privacy.backgroundCheck.withdrawn");
    Explanation english = engine.explain(withdrawn, Locale.ENGLISH).get(0);
    assertThat(english.plainMessage())
        .isEqualTo(
            "this opportunity requires a background check, and you withdrew your consent to its"
                + " use for the purpose background.check")
        .doesNotContain("no result");
    assertThat(english.plainRemedy())
        .isEqualTo(
            "give your consent to the use of your background check again if you wish to take"
                + " this opportunity");
    assertThat(engine.explain(withdrawn, Locale.forLanguageTag("ar")).get(0).plainMessage())
        .isEqualTo(
            "تتطلب هذه الفرصة فحص السجل الجنائي، وقد سحبت موافقتك على استخدام نتيجته للغرض"
                + " background.check");
  }

  @Test
  void an_opportunity_that_needs_no_record_is_unaffected_and_no_purpose_is_refused() {
    Opportunity open = Scenario.opportunity().build();
    assertThat(engine.isEligible(Scenario.query(sara, open))).isTrue();
    assertThat(engine.policy()).isEqualTo(plain.policy());
    assertThatThrownBy(() -> Tatawwu.privacy().consentAwareEligibility(plain, guard, List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("privacy.purposes.empty"));
  }

  @Test
  void explanations_keep_the_engines_own_words_in_order_beside_the_consent_ones() {
    Volunteer minor =
        Scenario.volunteer()
            .id(VolunteerId.of("V-102"))
            .birthDate(BirthDate.ofGregorian(LocalDate.of(2012, 1, 1)))
            .backgroundCheck(
                new BackgroundCheck(BackgroundCheck.Status.CLEARED, LocalDate.of(2026, 1, 1)))
            .build();
    Verdict mixed = engine.evaluate(Scenario.query(minor, vetted));
    assertThat(mixed.codes()).contains("privacy.backgroundCheck.noConsent").hasSizeGreaterThan(1);
    List<Unmet> theirs =
        mixed.unmet().stream().filter(u -> !u.code().startsWith("privacy.")).toList();
    assertThat(theirs).isNotEmpty();
    List<Explanation> engineWords = plain.explain(new Verdict(theirs), Locale.ENGLISH);
    List<Explanation> explained = engine.explain(mixed, Locale.ENGLISH);
    assertThat(explained).hasSameSizeAs(mixed.unmet());
    int next = 0;
    for (int i = 0; i < explained.size(); i++) {
      String code = mixed.unmet().get(i).code();
      if (code.startsWith("privacy.")) {
        assertThat(explained.get(i).code()).isEqualTo(code);
        assertThat(explained.get(i).plainMessage()).contains("you have not consented");
      } else {
        assertThat(explained.get(i)).isEqualTo(engineWords.get(next++));
      }
    }
    assertThat(next).isEqualTo(theirs.size());

    // Only the engine's own reasons: its explanation as it gives it.
    Volunteer none = Scenario.volunteer().id(VolunteerId.of("V-101")).build();
    Verdict missing = engine.evaluate(Scenario.query(none, vetted));
    assertThat(engine.explain(missing, Locale.ENGLISH))
        .isNotEmpty()
        .isEqualTo(plain.explain(missing, Locale.ENGLISH));
  }

  @Test
  void offers_for_a_volunteer_count_the_check_only_with_consent() {
    ShiftOffer offer = new ShiftOffer(Scenario.entity(), vetted, vetted.shifts().get(0));
    assertThat(engine.eligibleOffers(sara, List.of(), List.of(offer), Scenario.ASKED)).isEmpty();
    assertThat(plain.eligibleOffers(sara, List.of(), List.of(offer), Scenario.ASKED))
        .containsExactly(offer);
    consents.give(
        sara.id(), Purpose.BACKGROUND_CHECK, NoticeVersion.of("notice-1"), ConsentGiver.VOLUNTEER);
    assertThat(engine.eligibleOffers(sara, List.of(), List.of(offer), Scenario.ASKED))
        .containsExactly(offer);
  }
}
