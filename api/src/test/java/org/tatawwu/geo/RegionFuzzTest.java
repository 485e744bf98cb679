package org.tatawwu.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.validation.ParserSpace;

/** Fuzzes {@link Region#parse}: one of the 13 regions, or the documented exception. */
class RegionFuzzTest {

  @FuzzTest(maxDuration = "5m")
  @SuppressWarnings("NullAway") // passes null on purpose to check the documented NPE
  void parse_returns_a_region_or_throws_only_the_documented_exception(@Nullable String text) {
    if (text == null) {
      // Parameters are documented "not null": null is a programming error.
      assertThatThrownBy(() -> Region.parse(null)).isInstanceOf(NullPointerException.class);
      return;
    }
    try {
      Region r = Region.parse(text);
      assertThat(Region.parse(r.code())).isEqualTo(r);
      // The documented forms only: SA-nn, sa-n or nn, with one of the three digit sets.
      assertThat(ParserSpace.strip(text))
          .matches("(?i:sa-)?[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}")
          .hasSizeLessThanOrEqualTo(Region.MAX_TEXT_LENGTH);
    } catch (InvalidValueException e) {
      assertThat(e.code()).isEqualTo("region.unknown");
    }
  }
}
