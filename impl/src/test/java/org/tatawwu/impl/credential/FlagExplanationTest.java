package org.tatawwu.impl.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.credential.FlagReason;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The explanation a flagged volunteer reads: the entity's statement in the volunteer's language,
 * and the reason's code presented as the entity's own reference, never as words of the sentence.
 */
class FlagExplanationTest {
  static final Instant AT = CredentialLifecyclePropertiesTest.AT;

  @Test
  void the_reason_code_is_named_as_the_entitys_own_code_in_both_languages() {
    CredentialRegistry registry = CredentialLifecyclePropertiesTest.registry();
    BackgroundCheckId b = BackgroundCheckId.of("B1");
    registry.requestCheck(b, VolunteerId.of("V1"), AT);
    registry.advance(b, BackgroundCheckState.CONSENTED, AT);
    registry.advance(b, BackgroundCheckState.IN_PROGRESS, AT);
    registry.flag(
        b,
        new FlagReason(
            "finding-relevant-to-role",
            BilingualText.of(
                "سبب يتعلق بالعمل مع الأطفال.", "A ground related to work with children.")),
        AT);

    assertThat(registry.explainFlag(b, Locale.ENGLISH))
        .startsWith("Your background check was not cleared on ")
        .endsWith(
            " (2026-11-20): A ground related to work with children. The entity that requested the"
                + " check refers to this reason by its own code finding-relevant-to-role. You may"
                + " ask for the decision to be reviewed and correct any wrong data by contacting"
                + " that entity.");
    String arabic = registry.explainFlag(b, Locale.forLanguageTag("ar"));
    assertThat(arabic)
        .startsWith("لم يُعتمد فحص سجلك الجنائي في \u2068")
        .endsWith(
            "(2026-11-20م)\u2069: سبب يتعلق بالعمل مع الأطفال. وتشير الجهة التي طلبت الفحص إلى هذا"
                + " السبب برمزها الخاص \u2068finding-relevant-to-role\u2069. يحق لك طلب مراجعة"
                + " القرار وتصحيح أي بيانات غير صحيحة بالتواصل مع هذه الجهة.")
        .doesNotContain("(السبب");
  }
}
