package org.tatawwu.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.geo.Region;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.opportunity.OpportunityNumber;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;

/** Every parser strips every kind of surrounding white space alike, and never inner space. */
class SurroundingSpaceTest {
  /** Each parser with a valid input, as text of its own. */
  static final List<Function<String, Object>> PARSERS =
      List.of(
          s -> NationalId.parse(s + "1000000008" + s).toString(),
          s -> MobileNumber.parse(s + "0501234567" + s).toString(),
          s -> EmailAddress.parse(s + "a@example.sa" + s).toString(),
          s -> OpportunityNumber.parse(s + "20260000001" + s).value(),
          s -> Region.parse(s + "SA-01" + s),
          s -> SarAmount.parse(s + "12.50" + s));

  @ParameterizedTest
  @ValueSource(
      strings = {" ", "\t", "\n", "\u00A0", "\u2007", "\u202F", "\u3000", "\u2003", " \u00A0\t"})
  void surrounding_space_of_any_kind_is_stripped_by_every_parser(String space) {
    for (Function<String, Object> parser : PARSERS) {
      assertThat(parser.apply(space)).isEqualTo(parser.apply(""));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u3000", " "})
  void space_inside_a_national_id_is_still_refused(String space) {
    assertThatThrownBy(() -> NationalId.parse("10000" + space + "00008"))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u00A0\u3000", "\u00A0x\u00A0"})
  void strip_removes_only_the_ends(String text) {
    String stripped = SafeText.strip(text);
    assertThat(stripped).isEqualTo(text.replaceAll("^[\\s\\p{Zs}]+|[\\s\\p{Zs}]+$", ""));
  }
}
