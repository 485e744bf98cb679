package org.tatawwu.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class FieldCatalogueLimitsTest {

  static String catalogueOf(int length) {
    String field = "EDU\t\tالتعليم\tEducation\n";
    return field + "#" + "x".repeat(length - field.length() - 1);
  }

  @Test
  void a_catalogue_of_exactly_the_limit_is_read_and_one_character_more_is_refused() {
    String exact = catalogueOf(FieldCatalogue.MAX_TEXT_LENGTH);
    assertThat(exact).hasSize(1 << 20);
    FieldCatalogue c = FieldCatalogue.parse(new StringReader(exact));
    assertThat(c.contains(FieldCode.of("EDU"))).isTrue();
    assertThat(c.contains(FieldCode.of("HEALTH"))).isFalse();
    assertThatThrownBy(
            () ->
                FieldCatalogue.parse(
                    new StringReader(catalogueOf(FieldCatalogue.MAX_TEXT_LENGTH + 1))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("field.format");
              assertThat(e.getMessage()).contains("at most 1048576 characters");
            });
  }

  @Test
  void the_default_catalogue_holds_its_fields() {
    assertThat(FieldCatalogue.DEFAULT.contains(FieldCode.of("EDU"))).isTrue();
    assertThat(FieldCatalogue.DEFAULT.contains(FieldCode.of("EDU.TUTORING"))).isTrue();
  }
}
