package org.tatawwu.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

/** RFC 8785's own examples, through the canonicaliser this module uses. */
class JcsTest {
  static String jcs(String json) {
    return new String(Json.canonical(json), StandardCharsets.UTF_8);
  }

  @Test
  @SuppressWarnings("StringConcatToTextBlock") // the escapes read as they do in the RFC
  void rfc8785_section_3_2_2_example_serialises_numbers_strings_and_literals() {
    String input =
        "{\n"
            + "  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
            + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n"
            + "}";
    assertThat(jcs(input))
        .isEqualTo(
            "{\"literals\":[null,true,false],"
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  @SuppressWarnings("StringConcatToTextBlock") // the escapes read as they do in the RFC
  void rfc8785_section_3_2_3_example_sorts_properties_by_utf16_code_units() {
    String input =
        "{\n"
            + "  \"\\u20ac\": \"Euro Sign\",\n"
            + "  \"\\r\": \"Carriage Return\",\n"
            + "  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n"
            + "  \"1\": \"One\",\n"
            + "  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n"
            + "  \"\\u0080\": \"Control\",\n"
            + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n"
            + "}";
    assertThat(jcs(input))
        .isEqualTo(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void rfc8785_section_3_2_4_utf8_bytes_of_the_example() {
    String input =
        "{\"numbers\": [1E30, 4.50, 6, 2e-3, 0.000000000000000000000000001],"
            + " \"escaping\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
            + " \"other\": [null, true, false]}";
    assertThat(HexFormat.of().formatHex(Json.canonical(input)))
        .isEqualTo(
            ("7b 22 65 73 63 61 70 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30 30 66 5c 6e 41 27 42"
                    + " 5c 22 5c 5c 5c 5c 5c 22 2f 22 2c 22 6e 75 6d 62 65 72 73 22 3a 5b 31 65 2b"
                    + " 33 30 2c 34 2e 35 2c 36 2c 30 2e 30 30 32 2c 31 65 2d 32 37 5d 2c 22 6f 74"
                    + " 68 65 72 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 7d")
                .replace(" ", ""));
  }

  /** RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation. */
  @Test
  void rfc8785_appendix_b_number_serialisation() {
    String[][] samples = {
      {"0000000000000000", "0"},
      {"8000000000000000", "0"},
      {"0000000000000001", "5e-324"},
      {"8000000000000001", "-5e-324"},
      {"7fefffffffffffff", "1.7976931348623157e+308"},
      {"ffefffffffffffff", "-1.7976931348623157e+308"},
      {"4340000000000000", "9007199254740992"},
      {"c340000000000000", "-9007199254740992"},
      {"4430000000000000", "295147905179352830000"},
      {"44b52d02c7e14af5", "9.999999999999997e+22"},
      {"44b52d02c7e14af6", "1e+23"},
      {"44b52d02c7e14af7", "1.0000000000000001e+23"},
      {"444b1ae4d6e2ef4e", "999999999999999700000"},
      {"444b1ae4d6e2ef4f", "999999999999999900000"},
      {"444b1ae4d6e2ef50", "1e+21"},
      {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
      {"3eb0c6f7a0b5ed8d", "0.000001"},
      {"41b3de4355555553", "333333333.3333332"},
      {"41b3de4355555554", "333333333.33333325"},
      {"41b3de4355555555", "333333333.3333333"},
      {"41b3de4355555556", "333333333.3333334"},
      {"41b3de4355555557", "333333333.33333343"},
      {"becbf647612f3696", "-0.0000033333333333333333"},
      {"43143ff3c1cb0959", "1424953923781206.2"},
    };
    for (String[] sample : samples) {
      double value = Double.longBitsToDouble(Long.parseUnsignedLong(sample[0], 16));
      // Java's Double.toString always reads back to the same double, so the text carries the
      // exact bit pattern into the canonicaliser.
      assertThat(jcs("[" + Double.toString(value) + "]"))
          .as(sample[0])
          .isEqualTo("[" + sample[1] + "]");
    }
  }

  @Test
  void random_doubles_serialise_to_text_that_reads_back_to_the_same_double() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(8785);
    int checked = 0;
    while (checked < 20_000) {
      double x = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        continue;
      }
      String text = Jcs.number(x);
      assertThat(Double.parseDouble(text))
          .as(Long.toHexString(Double.doubleToLongBits(x)))
          .isEqualTo(x == 0 ? 0.0 : x);
      checked++;
    }
  }

  @Test
  void integers_below_two_to_the_53_are_written_as_their_digits_and_nan_is_refused() {
    assertThat(jcs("[0, -7, 1700000000000, 9007199254740991, 100, 1e2, 12.50]"))
        .isEqualTo("[0,-7,1700000000000,9007199254740991,100,100,12.5]");
    assertThatThrownBy(() -> Jcs.number(Double.NaN)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Jcs.number(Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Jcs.canonicalize(java.util.List.of("\ud800")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void duplicate_member_names_are_refused_on_reading() {
    assertThatThrownBy(() -> Json.object("{\"a\":1,\"a\":2}"))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "credential.json");
    assertThatThrownBy(() -> Json.object("[1]")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Json.object("{\"a\":")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_text_is_one_json_value_with_nothing_but_white_space_after_it() {
    for (String text :
        new String[] {"{}garbage", "{}{}", "{} {}", "{}]", "{}\u0000", "{}null", "{} // c"}) {
      assertThatThrownBy(() -> Json.object(text))
          .as(text)
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "credential.json");
      assertThatThrownBy(() -> Json.canonical(text))
          .as(text)
          .isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "credential.json");
    }
    assertThatThrownBy(() -> Json.canonical("1 2")).isInstanceOf(InvalidValueException.class);
    assertThat(Json.object(" {\"a\":1} \t\r\n")).containsEntry("a", 1);
    assertThat(jcs("[1] \n")).isEqualTo("[1]");
  }
}
