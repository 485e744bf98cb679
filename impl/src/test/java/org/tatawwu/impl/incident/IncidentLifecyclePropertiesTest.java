package org.tatawwu.impl.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.incident.ActivationSettings;
import org.tatawwu.incident.IncidentCommand;
import org.tatawwu.incident.IncidentStatus;
import org.tatawwu.validation.RuleException;

/**
 * Random sequences of status changes against a table written from the issue: declared → active or
 * closed (by stand-down); active → scaling down or closed; scaling down → active or closed; closed
 * is final; closing goes only through the stand-down.
 */
class IncidentLifecyclePropertiesTest {

  /** The legal moves, by hand: [from][to] for moveTo (CLOSED never: it needs the stand-down). */
  private static boolean legalMove(IncidentStatus from, IncidentStatus to) {
    return (from == IncidentStatus.DECLARED && to == IncidentStatus.ACTIVE)
        || (from == IncidentStatus.ACTIVE && to == IncidentStatus.SCALING_DOWN)
        || (from == IncidentStatus.SCALING_DOWN && to == IncidentStatus.ACTIVE);
  }

  @Test
  void every_status_change_follows_the_lifecycle_and_illegal_ones_change_nothing() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 12))
        .checkAssert(this::run);
  }

  private void run(List<Integer> ops) {
    IncidentCommand command = Flood.command(new Flood.MutablePool(), ActivationSettings.DEFAULT);
    IncidentStatus model = IncidentStatus.DECLARED;
    for (int op : ops) {
      if (op == 4) {
        if (model == IncidentStatus.CLOSED) {
          RuleException e =
              catchThrowableOfType(RuleException.class, () -> command.standDown(Flood.DECLARED));
          assertThat(e.has("incident.illegalTransition")).isTrue();
        } else {
          command.standDown(Flood.DECLARED);
          model = IncidentStatus.CLOSED;
        }
      } else {
        IncidentStatus to =
            List.of(
                    IncidentStatus.DECLARED,
                    IncidentStatus.ACTIVE,
                    IncidentStatus.SCALING_DOWN,
                    IncidentStatus.CLOSED)
                .get(op);
        if (legalMove(model, to)) {
          assertThat(command.moveTo(to, Flood.DECLARED).status()).isEqualTo(to);
          model = to;
        } else {
          RuleException e =
              catchThrowableOfType(RuleException.class, () -> command.moveTo(to, Flood.DECLARED));
          assertThat(e).isNotNull();
          String expected =
              to == IncidentStatus.CLOSED && model != IncidentStatus.CLOSED
                  ? "incident.closeThroughStandDown"
                  : "incident.illegalTransition";
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly(expected);
          assertThat(e.problems(Locale.forLanguageTag("ar")).get(0).message())
              .containsPattern("[\\u0621-\\u064A]");
        }
      }
      assertThat(command.incident().status()).isEqualTo(model);
    }
  }
}
