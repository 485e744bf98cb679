package org.tatawwu.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void the_plain_message_drops_only_the_directional_isolates() {
    Problem p =
        new Problem("mobile", "mobile.format", "\u2066+966\u2069 \u2067x\u2068y\u2065\u206A");
    assertThat(p.plainMessage()).isEqualTo("+966 xy\u2065\u206A");
    assertThat(new Problem("", "c", "").plainMessage()).isEmpty();
  }

  @Test
  void prints_the_path_when_there_is_one_then_the_message_and_the_code() {
    assertThat(new Problem("mobile", "mobile.format", "bad number").toString())
        .isEqualTo("mobile: bad number [mobile.format]");
    assertThat(new Problem("", "form.empty", "nothing given").toString())
        .isEqualTo("nothing given [form.empty]");
  }
}
