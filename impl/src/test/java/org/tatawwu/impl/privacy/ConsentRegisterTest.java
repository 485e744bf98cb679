package org.tatawwu.impl.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.privacy.ConsentGiver;
import org.tatawwu.privacy.ConsentRecord;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.NoticeVersion;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

class ConsentRegisterTest {
  static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
  static final VolunteerId SARA = VolunteerId.of("V-100");
  static final VolunteerId OMAR = VolunteerId.of("V-200");
  final TestClock clock = new TestClock(T0);
  final ConsentRegister register = Tatawwu.privacy().consentRegister(clock, Purpose.defaults());

  @Test
  void keeps_every_consent_given_and_withdrawn_with_its_notice_and_giver() {
    register.give(
        SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-2026.1"), ConsentGiver.VOLUNTEER);
    clock.advance(Duration.ofDays(30));
    register.withdraw(SARA, Purpose.LOCATION_MATCHING, ConsentGiver.VOLUNTEER);
    clock.advance(Duration.ofDays(30));
    register.give(
        SARA, Purpose.LOCATION_MATCHING, NoticeVersion.of("notice-2026.2"), ConsentGiver.VOLUNTEER);

    assertThat(register.history(SARA))
        .containsExactly(
            new ConsentRecord(
                SARA,
                Purpose.LOCATION_MATCHING,
                NoticeVersion.of("notice-2026.1"),
                ConsentGiver.VOLUNTEER,
                ConsentRecord.Action.GIVEN,
                T0),
            new ConsentRecord(
                SARA,
                Purpose.LOCATION_MATCHING,
                NoticeVersion.of("notice-2026.1"),
                ConsentGiver.VOLUNTEER,
                ConsentRecord.Action.WITHDRAWN,
                T0.plus(Duration.ofDays(30))),
            new ConsentRecord(
                SARA,
                Purpose.LOCATION_MATCHING,
                NoticeVersion.of("notice-2026.2"),
                ConsentGiver.VOLUNTEER,
                ConsentRecord.Action.GIVEN,
                T0.plus(Duration.ofDays(60))));
    assertThat(register.history(OMAR)).isEmpty();
  }

  @Test
  void answers_for_any_instant_from_the_history() {
    register.give(SARA, Purpose.BACKGROUND_CHECK, NoticeVersion.of("n1"), ConsentGiver.GUARDIAN);
    clock.advance(Duration.ofDays(10));
    register.withdraw(SARA, Purpose.BACKGROUND_CHECK, ConsentGiver.GUARDIAN);
    PurposeId p = Purpose.BACKGROUND_CHECK;

    assertThat(register.inForce(SARA, p, T0.minusSeconds(1))).isFalse();
    assertThat(register.inForce(SARA, p, T0)).isTrue();
    assertThat(register.inForce(SARA, p, T0.plus(Duration.ofDays(10)).minusSeconds(1))).isTrue();
    assertThat(register.inForce(SARA, p, T0.plus(Duration.ofDays(10)))).isFalse();
    assertThat(register.latest(SARA, p, T0.plus(Duration.ofDays(400))).orElseThrow().by())
        .isEqualTo(ConsentGiver.GUARDIAN);
    assertThat(register.inForce(SARA, Purpose.PARTNER_CONTACT, T0)).isFalse();
    assertThat(register.inForce(OMAR, p, T0)).isFalse();
  }

  @Test
  void refuses_to_withdraw_a_consent_not_in_force_in_both_languages() {
    assertThatThrownBy(
            () -> register.withdraw(SARA, Purpose.PARTNER_CONTACT, ConsentGiver.VOLUNTEER))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> {
              assertThat(e.codes()).containsExactly("privacy.consent.notInForce");
              assertThat(e.problems(Locale.ENGLISH).get(0).message())
                  .isEqualTo(
                      "there is no consent to the purpose partner.contact in force to withdraw");
              assertThat(e.problems(Locale.forLanguageTag("ar")).get(0).plainMessage())
                  .isEqualTo("لا توجد موافقة سارية على الغرض partner.contact حتى تُسحب");
            });
    assertThat(register.history(SARA)).isEmpty();
  }

  @Test
  void there_is_no_consent_to_a_purpose_on_another_basis_nor_to_an_undeclared_one() {
    assertThatThrownBy(
            () ->
                register.give(
                    SARA, Purpose.RECORD_KEEPING, NoticeVersion.of("n1"), ConsentGiver.VOLUNTEER))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> {
              assertThat(e.codes()).containsExactly("privacy.purpose.noConsentNeeded");
              assertThat(e.problems(Locale.ENGLISH).get(0).message())
                  .contains("record.keeping")
                  .contains("a legal obligation");
            });
    assertThatThrownBy(
            () ->
                register.give(
                    SARA,
                    PurposeId.of("marketing"),
                    NoticeVersion.of("n1"),
                    ConsentGiver.VOLUNTEER))
        .isInstanceOfSatisfying(
            RuleException.class,
            e -> assertThat(e.codes()).containsExactly("privacy.purpose.unknown"));
    assertThat(register.history(SARA)).isEmpty();
  }

  @Test
  void purposes_are_data_with_unique_identifiers() {
    assertThat(register.purposes()).isEqualTo(Purpose.defaults());
    List<Purpose> twice = List.of(Purpose.defaults().get(0), Purpose.defaults().get(0));
    assertThatThrownBy(() -> Tatawwu.privacy().consentRegister(clock, twice))
        .isInstanceOf(InvalidValueException.class);
  }
}
