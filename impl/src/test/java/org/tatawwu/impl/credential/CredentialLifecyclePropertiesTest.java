package org.tatawwu.impl.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.FlagReason;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.RuleException;
import org.tatawwu.volunteer.VolunteerId;

/** Random sequences of transitions against the lifecycles written out by hand. */
class CredentialLifecyclePropertiesTest {
  static final Instant AT = Instant.parse("2026-11-20T06:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final VolunteerId V = VolunteerId.of("V1");
  static final CredentialTypeId EMT = CredentialTypeId.of("emt");

  static CredentialRegistry registry() {
    CredentialRegistry r = Tatawwu.credentialRegistry();
    r.define(
        new CredentialType(
            EMT,
            BilingualText.of("فني طوارئ طبية", "Emergency medical technician"),
            "scfhs",
            Optional.of(Period.ofYears(2)),
            VerificationLevel.LEVEL_2));
    return r;
  }

  /** Credential: claimed → verified | rejected; verified → revoked; rejected, revoked final. */
  private static boolean legal(CredentialStatus from, int op) {
    return switch (op) {
      case 0, 1 -> from == CredentialStatus.CLAIMED; // verify, reject
      default -> from == CredentialStatus.VERIFIED; // revoke
    };
  }

  private static CredentialStatus target(int op) {
    return switch (op) {
      case 0 -> CredentialStatus.VERIFIED;
      case 1 -> CredentialStatus.REJECTED;
      default -> CredentialStatus.REVOKED;
    };
  }

  @Test
  void credential_transitions_follow_the_lifecycle_and_illegal_ones_change_nothing() {
    qt().withExamples(1_000)
        .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(1, 6))
        .checkAssert(
            ops -> {
              CredentialRegistry r = registry();
              CredentialId id = CredentialId.of("C1");
              r.claim(id, V, EMT, Evidence.of("licence-scan", "sha256-ab12"), TODAY, AT);
              CredentialStatus model = CredentialStatus.CLAIMED;
              for (int op : ops) {
                if (legal(model, op)) {
                  Credential c = apply(r, id, op);
                  model = target(op);
                  assertThat(c.status()).isEqualTo(model);
                } else {
                  RuleException e =
                      catchThrowableOfType(RuleException.class, () -> apply(r, id, op));
                  assertThat(e).isNotNull();
                  assertThat(e.violations().get(0).code())
                      .isEqualTo("credential.illegalTransition");
                  assertThat(e.violations().get(0).arguments())
                      .containsEntry("from", model)
                      .containsEntry("to", target(op));
                }
                assertThat(r.credentialsOf(V).get(0).status()).isEqualTo(model);
                assertThat(r.credentialsOf(V).get(0).verification().isPresent())
                    .isEqualTo(
                        model == CredentialStatus.VERIFIED || model == CredentialStatus.REVOKED);
              }
            });
  }

  private static Credential apply(CredentialRegistry r, CredentialId id, int op) {
    return switch (op) {
      case 0 -> r.verify(id, "verifier-7", AT);
      case 1 -> r.reject(id, AT);
      default -> r.revoke(id, AT);
    };
  }

  /**
   * Background check: requested → consented → in progress → cleared | flagged; cleared → expired.
   * Ops: 0 consent, 1 start, 2 clear, 3 flag, 4 expire (run the expiry after the last valid day).
   */
  private static @Nullable BackgroundCheckState next(BackgroundCheckState s, int op) {
    return switch (op) {
      case 0 -> s == BackgroundCheckState.REQUESTED ? BackgroundCheckState.CONSENTED : null;
      case 1 -> s == BackgroundCheckState.CONSENTED ? BackgroundCheckState.IN_PROGRESS : null;
      case 2 -> s == BackgroundCheckState.IN_PROGRESS ? BackgroundCheckState.CLEARED : null;
      case 3 -> s == BackgroundCheckState.IN_PROGRESS ? BackgroundCheckState.FLAGGED : null;
      default -> s == BackgroundCheckState.CLEARED ? BackgroundCheckState.EXPIRED : s;
    };
  }

  @Test
  void background_checks_follow_their_state_machine_and_illegal_steps_change_nothing() {
    qt().withExamples(1_000)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 8))
        .checkAssert(
            ops -> {
              CredentialRegistry r = registry();
              BackgroundCheckId id = BackgroundCheckId.of("B1");
              r.requestCheck(id, V, AT);
              BackgroundCheckState model = BackgroundCheckState.REQUESTED;
              int steps = 1;
              for (int op : ops) {
                BackgroundCheckState expected = next(model, op);
                if (op == 4) {
                  List<BackgroundCheckCase> expired =
                      r.expireChecks(TODAY.plusYears(1).plusDays(1), AT);
                  assertThat(expired).hasSize(expected == model ? 0 : 1);
                } else if (expected != null) {
                  apply(r, id, op);
                } else {
                  RuleException e =
                      catchThrowableOfType(RuleException.class, () -> apply(r, id, op));
                  assertThat(e).isNotNull();
                  assertThat(e.violations().get(0).code())
                      .isEqualTo("backgroundCheck.illegalTransition");
                }
                BackgroundCheckState after = expected == null ? model : expected;
                if (after != model) {
                  steps++;
                }
                model = after;
                BackgroundCheckCase now = r.latestCheck(V).orElseThrow();
                assertThat(now.state()).isEqualTo(model);
                assertThat(now.history()).hasSize(steps);
                assertThat(now.reason().isPresent())
                    .isEqualTo(model == BackgroundCheckState.FLAGGED);
              }
            });
  }

  private static BackgroundCheckCase apply(CredentialRegistry r, BackgroundCheckId id, int op) {
    return switch (op) {
      case 0 -> r.advance(id, BackgroundCheckState.CONSENTED, AT);
      case 1 -> r.advance(id, BackgroundCheckState.IN_PROGRESS, AT);
      case 2 -> r.clear(id, TODAY.plusYears(1), AT);
      default ->
          r.flag(
              id,
              new FlagReason(
                  "finding-relevant-to-role",
                  BilingualText.of("سبب يتعلق بطبيعة الدور.", "A ground related to the role.")),
              AT);
    };
  }
}
