package org.tatawwu.field;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;

/**
 * Fuzzes {@link FieldCatalogue#parse}: only {@link InvalidValueException} escapes (codes {@code
 * field.*}, {@code fieldCode.*}, {@code text.*}); an accepted catalogue finds every field and
 * sub-field it lists.
 */
class FieldCatalogueFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse_returns_a_catalogue_or_throws_only_the_documented_exception(@Nullable String text) {
    if (text == null) {
      return;
    }
    try {
      FieldCatalogue c = FieldCatalogue.parse(new StringReader(text));
      for (Field f : c.fields()) {
        assertThat(c.find(f.code())).contains(f);
        for (Field s : f.subFields()) {
          assertThat(c.isSubFieldOf(f.code(), s.code())).isTrue();
        }
      }
    } catch (InvalidValueException e) {
      assertThat(e.code()).matches("(field|fieldCode|text)\\.[A-Za-z]+");
    }
  }
}
