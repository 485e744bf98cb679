package org.tatawwu.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class FieldCatalogueTest {

  @Test
  void the_default_catalogue_has_at_least_28_fields_with_bilingual_names() {
    FieldCatalogue c = FieldCatalogue.DEFAULT;
    assertThat(c.fields()).hasSizeGreaterThanOrEqualTo(28);
    assertThat(c.fields()).allSatisfy(f -> assertThat(f.subFields()).isNotEmpty());
    assertThat(c.find(FieldCode.of("ART.AD_DESIGN")))
        .hasValueSatisfying(f -> assertThat(f.name().arabic()).isEqualTo("تصميم الإعلانات"));
    assertThat(c.find(FieldCode.of("IT.AI")))
        .hasValueSatisfying(
            f -> assertThat(f.name().english()).isEqualTo("Artificial intelligence"));
    assertThat(c.isSubFieldOf(FieldCode.of("IT"), FieldCode.of("IT.AI"))).isTrue();
    assertThat(c.isSubFieldOf(FieldCode.of("ART"), FieldCode.of("IT.AI"))).isFalse();
    assertThat(c.contains(FieldCode.of("NOPE"))).isFalse();
  }

  @Test
  void a_platform_can_replace_the_catalogue() {
    FieldCatalogue c =
        FieldCatalogue.parse(
            new StringReader("# mine\nX\t\tس\tX field\nX.Y\tX\tص\tY sub\n\nZ\t\tع\tZ field\n"));
    assertThat(c.fields()).hasSize(2);
    assertThat(c.find(FieldCode.of("X.Y"))).isPresent();
    assertThat(FieldCode.of("X.Y").topLevel()).isEqualTo(FieldCode.of("X"));
  }

  @Test
  void rejects_malformed_catalogues() {
    assertThatThrownBy(() -> FieldCatalogue.parse(new StringReader("X\tس\tX\n")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> FieldCatalogue.parse(new StringReader("X.Y\tX\tص\tY\n")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FieldCatalogue.parse(new StringReader("X\t\tس\tX\nX\t\tس\tX\n")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FieldCatalogue.parse(new StringReader("X\t\tس\tX\nZ.Y\tX\tص\tY\n")))
        .isInstanceOf(InvalidValueException.class);
  }
}
