package org.tatawwu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.tatawwu.matching.AssignmentSolver;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.Problem;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The incident records refuse bad components all at once, each problem with its code, the component
 * at fault as its path, and its words in English and Arabic (the texts written here by hand from
 * the bundles).
 */
class IncidentRecordRefusalsTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  static final ZoneId UTC = ZoneId.of("UTC");

  static RuleException refused(ThrowingCallable call) {
    RuleException e = catchThrowableOfType(RuleException.class, call);
    assertThat(e).as("a RuleException").isNotNull();
    return e;
  }

  /** Asserts a refusal's codes, paths and words in English and Arabic, each in the rules' order. */
  static void assertRefusal(
      RuleException e,
      List<String> codes,
      List<String> paths,
      List<String> english,
      List<String> arabic) {
    assertThat(e.codes()).containsExactlyElementsOf(codes);
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::path)
        .containsExactlyElementsOf(paths);
    assertThat(e.problems(Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactlyElementsOf(english);
    assertThat(e.problems(AR)).extracting(Problem::message).containsExactlyElementsOf(arabic);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void rotation_rules_name_every_component_out_of_range() {
    RuleException e = refused(() -> new RotationRules(0, Duration.ofDays(8), Duration.ZERO, UTC));
    assertRefusal(
        e,
        List.of(
            "rotationRules.maxConsecutiveDays",
            "rotationRules.minRest",
            "rotationRules.maxPerWeek"),
        List.of("maxConsecutiveDays", "minRest", "maxPerWeek"),
        List.of(
            "the most days of work in a row is 1 to 366",
            "the least rest between two shifts is zero to 7 days",
            "the most work in any 7 days is 1 to 168 hours"),
        List.of(
            "أقصى عدد لأيام العمل المتواصلة من 1 إلى 366",
            "أدنى راحة بين فترتين من صفر إلى 7 أيام",
            "أقصى عمل في أي 7 أيام من ساعة واحدة إلى 168 ساعة"));
    assertThat(e.getMessage())
        .contains(
            "rotationRules.maxConsecutiveDays",
            "rotationRules.minRest",
            "rotationRules.maxPerWeek");
    // one bad component: one problem
    assertThat(
            refused(() -> new RotationRules(367, Duration.ZERO, Duration.ofHours(1), UTC)).codes())
        .containsExactly("rotationRules.maxConsecutiveDays");
    assertThatNullPointerException()
        .isThrownBy(() -> new RotationRules(0, null, Duration.ZERO, UTC))
        .withMessage("minRest");
    assertThatNullPointerException()
        .isThrownBy(() -> new RotationRules(5, Duration.ZERO, Duration.ofHours(1), null))
        .withMessage("zone");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void activation_settings_name_every_component_out_of_range() {
    RuleException e =
        refused(
            () ->
                new ActivationSettings(
                    99, Duration.ZERO, AssignmentSolver.Mode.GREEDY, Optional.empty()));
    assertRefusal(
        e,
        List.of(
            "activationSettings.overbookingPercent",
            "activationSettings.answerWindow",
            "activationSettings.mode"),
        List.of("overbookingPercent", "answerWindow", "mode"),
        List.of(
            "the overbooking factor is 100 to 300 percent",
            "the answer window is 1 minute to 7 days",
            "waves are planned by the EXACT or the FAST solver"),
        List.of(
            "نسبة الحجز الزائد من 100 إلى 300 بالمئة",
            "مهلة الرد من دقيقة واحدة إلى 7 أيام",
            "تُخطَّط الدفعات بالحلّال الدقيق EXACT أو السريع FAST"));
    assertThat(
            refused(() -> ActivationSettings.DEFAULT.withAnswerWindow(Duration.ofDays(8))).codes())
        .containsExactly("activationSettings.answerWindow");
    assertThatNullPointerException()
        .isThrownBy(() -> new ActivationSettings(100, Duration.ofHours(1), null, Optional.empty()))
        .withMessage("mode");
  }

  @Test
  void the_offer_cap_is_computed_without_overflow_and_capped_at_the_largest_int() {
    ActivationSettings triple = ActivationSettings.DEFAULT.withOverbookingPercent(300);
    // 715,827,882 × 3 = 2,147,483,646 fits; 715,827,883 × 3 = 2,147,483,649 does not
    assertThat(triple.offerCap(715_827_882)).isEqualTo(2_147_483_646);
    assertThat(triple.offerCap(715_827_883)).isEqualTo(Integer.MAX_VALUE);
    assertThat(triple.offerCap(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    // at 150 %: 1,431,655,765 × 1.5 = 2,147,483,647.5, floor 2,147,483,647 exactly
    ActivationSettings half = ActivationSettings.DEFAULT.withOverbookingPercent(150);
    assertThat(half.offerCap(1_431_655_765)).isEqualTo(Integer.MAX_VALUE);
    assertThat(half.offerCap(1_431_655_764)).isEqualTo(2_147_483_646);
    assertThat(ActivationSettings.DEFAULT.offerCap(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void a_team_shape_names_both_problems() {
    RuleException e = refused(() -> new TeamShape(0, true));
    assertRefusal(
        e,
        List.of("teamShape.size", "teamShape.leadAlone"),
        List.of("size", "leadRequired"),
        List.of("a team has 1 to 100 members", "a lead needs a team of two or more"),
        List.of("يضم الفريق من عضو واحد إلى 100 عضو", "يحتاج القائد إلى فريق من عضوين أو أكثر"));
    assertThat(refused(() -> TeamShape.ledTeamsOf(1)).codes())
        .containsExactly("teamShape.leadAlone");
    assertThat(refused(() -> new TeamShape(101, false)).codes()).containsExactly("teamShape.size");
  }

  @Test
  void a_team_names_a_lead_among_its_members_and_a_member_listed_twice() {
    VolunteerId lead = VolunteerId.of("lead");
    VolunteerId a = VolunteerId.of("a");
    BilingualText name = BilingualText.of("فريق", "Team");
    RuleException e = refused(() -> new Team(TeamId.of("T-1"), name, lead, List.of(a, lead, a)));
    assertRefusal(
        e,
        List.of("team.leadAmongMembers", "team.memberTwice"),
        List.of("members", "members"),
        List.of(
            "a team's lead is not listed again among its members", "a team lists each member once"),
        List.of("لا يُدرج قائد الفريق مرة أخرى بين أعضائه", "يُدرج كل عضو في الفريق مرة واحدة"));
    assertThat(refused(() -> new Team(TeamId.of("T-1"), name, lead, List.of(a, a))).codes())
        .containsExactly("team.memberTwice");
    assertThat(refused(() -> new Team(TeamId.of("T-1"), name, lead, List.of(lead))).codes())
        .containsExactly("team.leadAmongMembers");
  }

  @Test
  void an_appraisal_names_a_bad_rating_and_a_long_comment_together() {
    RuleException e =
        refused(
            () ->
                new Appraisal(
                    NeedId.of("N-1"),
                    VolunteerId.of("a"),
                    Appraisal.Direction.LEAD_OF_VOLUNTEER,
                    0,
                    "x".repeat(2001),
                    Instant.parse("2025-03-01T05:00:00Z")));
    assertRefusal(
        e,
        List.of("appraisal.rating", "appraisal.commentTooLong"),
        List.of("rating", "comment"),
        List.of("a rating is 1 to 5", "a comment has at most 2000 characters"),
        List.of("التقييم من 1 إلى 5", "لا يتجاوز التعليق 2000 حرف"));
    // the refusal never carries the comment
    assertThat(e.getMessage()).doesNotContain("xxx");
  }
}
