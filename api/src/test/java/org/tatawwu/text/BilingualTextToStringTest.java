package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BilingualTextToStringTest {

  @Test
  void to_string_shows_the_lengths_and_never_the_text() {
    // "زبيدة القاسمية" is 14 UTF-16 units (5 letters, a space, 8 letters); "Zubaida Qasimiyya" 17.
    BilingualText name = BilingualText.of("زبيدة القاسمية", "Zubaida Qasimiyya");
    assertThat(name.toString())
        .isEqualTo("BilingualText[arabic=14 chars, english=17 chars]")
        .doesNotContain("Zubaida")
        .doesNotContain("زبيدة");
    assertThat(String.valueOf(BilingualText.of("أ", "A")))
        .isEqualTo("BilingualText[arabic=1 chars, english=1 chars]");
  }
}
