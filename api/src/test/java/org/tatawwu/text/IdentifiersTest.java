package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.validation.InvalidValueException;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", ".", "_", ":", "-", "Shift-1:a_b.c"})
  void accepts_each_allowed_character_class_at_its_edges(String id) {
    assertThat(Identifiers.check(id, "shiftId")).isSameAs(id);
  }

  // The neighbours of every allowed range in ASCII: '`' < 'a', '{' > 'z', '@' < 'A', '[' > 'Z',
  // '/' < '0'; ';' follows ':' and ',' precedes '-'.
  @ParameterizedTest
  @ValueSource(strings = {"`", "{", "@", "[", "/", ";", ",", " ", "+", "ا", "١", "a b", "ab/"})
  void refuses_every_other_character_naming_the_kind_in_the_code(String id) {
    assertThatThrownBy(() -> Identifiers.check(id, "shiftId"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("shiftId.format"));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void takes_one_to_sixty_four_characters() {
    assertThat(Identifiers.check("x".repeat(64), "teamId")).hasSize(64);
    assertThatThrownBy(() -> Identifiers.check("x".repeat(65), "teamId"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("teamId.format"));
    assertThatThrownBy(() -> Identifiers.check("", "teamId"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Identifiers.check(null, "teamId"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("teamId");
  }
}
