package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class HourEntryIdTest {
  @Test
  void the_ledger_form_made_either_way_is_one_id() {
    qt().forAll(longs().between(1, 999_999_999_999_999_999L))
        .checkAssert(
            n -> {
              HourEntryId byNumber = HourEntryId.ofNumber(n);
              HourEntryId byText = HourEntryId.of("H" + n);
              assertThat(byText).isEqualTo(byNumber).hasSameHashCodeAs(byNumber);
              assertThat(byText.value()).isEqualTo("H" + n);
              assertThat(byText.number()).isEqualTo(n);
              assertThat(byNumber.toString()).isEqualTo("H" + n);
            });
  }

  @Test
  void other_ids_keep_their_text_and_have_no_number() {
    for (String text :
        new String[] {"H012", "H0", "h12", "H", "X12", "H12a", "H1234567890123456789"}) {
      HourEntryId id = HourEntryId.of(text);
      assertThat(id.value()).isEqualTo(text);
      assertThat(id.number()).isEqualTo(-1);
      assertThat(id).isEqualTo(HourEntryId.of(text)).hasSameHashCodeAs(HourEntryId.of(text));
    }
    assertThat(HourEntryId.of("H012")).isNotEqualTo(HourEntryId.ofNumber(12));
  }

  @Test
  void ids_order_as_their_text() {
    assertThat(HourEntryId.ofNumber(10)).isLessThan(HourEntryId.ofNumber(2));
    assertThat(HourEntryId.of("A")).isLessThan(HourEntryId.ofNumber(1));
  }

  @Test
  void bad_ids_are_refused() {
    assertThatThrownBy(() -> HourEntryId.ofNumber(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HourEntryId.of("H 1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HourEntryId.of("")).isInstanceOf(IllegalArgumentException.class);
  }
}
