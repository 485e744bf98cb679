package org.tatawwu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TeamShapeTest {

  @Test
  void a_team_has_one_to_a_hundred_members_and_a_lead_needs_two() {
    assertThat(TeamShape.INDIVIDUAL).isEqualTo(new TeamShape(1, false));
    assertThat(new TeamShape(100, false).size()).isEqualTo(100);
    assertThat(TeamShape.ledTeamsOf(2)).isEqualTo(new TeamShape(2, true));
    assertThatThrownBy(() -> new TeamShape(0, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TeamShape(101, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TeamShape.ledTeamsOf(1)).isInstanceOf(IllegalArgumentException.class);
  }
}
