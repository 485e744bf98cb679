package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.volunteer.VolunteerId;

class PartnerEligibilityExampleTest {

  @Test
  void a_partner_applies_the_policy_document_to_its_own_volunteers() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<VolunteerId> eligible =
        PartnerEligibilityExample.run(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), CrisisMobilisationDemo.RIYADH));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(eligible).containsExactly(VolunteerId.of("P-1"));
    assertThat(PartnerEligibilityExample.policy().version()).isEqualTo(3);
    // P-2 is an adult, but the training expired on 2026-11-01: beyond the 14-day grace.
    assertThat(out)
        .contains("policy red-crescent-first-responders v3, 9 criteria")
        .contains("P-2: not eligible [training.expired]")
        .contains("P-3: not eligible [region.mismatch, training.missing, volunteer.unverified]")
        .contains("[ar] ");
  }
}
