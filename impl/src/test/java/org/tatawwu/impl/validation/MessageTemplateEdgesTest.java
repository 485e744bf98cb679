package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageTemplate} at the edges of its syntax: placeholders at the start and the end,
 * unterminated and unknown ones, {@code #} outside a count, plural and select blocks without a
 * matching branch, and every kind of number a count may come as. Expected texts written by hand.
 */
class MessageTemplateEdgesTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  static final String EN_COUNT = "{n, plural, one {one} other {other}}";
  static final String AR_COUNT =
      "{n, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}";

  static String fill(String template, Map<String, ?> args) {
    return MessageTemplate.format(template, args, Locale.ENGLISH, (n, v) -> "<" + v + ">", false);
  }

  static String count(String template, Locale locale, Object n) {
    return MessageTemplate.format(template, Map.of("n", n), locale, (k, v) -> "?", false);
  }

  @Test
  void placeholders_at_the_start_and_the_end_are_filled() {
    Map<String, String> args = Map.of("a", "x", "b", "y");
    assertThat(fill("{a}", args)).isEqualTo("<x>");
    assertThat(fill("{a}{b}", args)).isEqualTo("<x><y>");
    assertThat(fill("{a} and {b}", args)).isEqualTo("<x> and <y>");
    assertThat(fill("{ a }.", args)).isEqualTo("<x>.");
    assertThat(fill("", args)).isEmpty();
    assertThat(fill("no placeholder", args)).isEqualTo("no placeholder");
  }

  @Test
  void unterminated_and_unknown_placeholders_are_kept_as_written() {
    Map<String, String> args = Map.of("a", "x", "b", "y");
    assertThat(fill("{", args)).isEqualTo("{");
    assertThat(fill("}", args)).isEqualTo("}");
    assertThat(fill("ab {a", args)).isEqualTo("ab {a");
    assertThat(fill("{a} and {b", args)).isEqualTo("<x> and {b");
    assertThat(fill("{a} and {zz}", args)).isEqualTo("<x> and {zz}");
    assertThat(fill("{zz}{a}", args)).isEqualTo("{zz}<x>");
    assertThat(fill("{a, number}", args))
        .as("a format type it does not know")
        .isEqualTo("{a, number}");
    assertThat(fill("{a {b}}", args)).as("braces inside a name").isEqualTo("{a {b}}");
    String open = "x {n, plural, one {y} other {z}";
    assertThat(fill(open, Map.of("n", 1))).isEqualTo(open);
  }

  @Test
  void a_hash_outside_a_count_is_plain_text() {
    assertThat(fill("# {a} #", Map.of("a", "x"))).isEqualTo("# <x> #");
    assertThat(fill("#{n, plural, other {# and #}}#", Map.of("n", 4))).isEqualTo("#4 and 4#");
  }

  @Test
  void blocks_without_their_argument_are_kept_as_written() {
    String plural = "{n, plural, one {x} other {y}}";
    String select = "{g, select, F {f} other {o}}";
    assertThat(fill(plural + " " + select, Map.of())).isEqualTo(plural + " " + select);
    Map<String, Object> nulls = new HashMap<>();
    nulls.put("n", null);
    nulls.put("g", null);
    assertThat(fill(plural + select, nulls)).isEqualTo(plural + select);
  }

  @Test
  void a_count_without_a_matching_branch_or_other_shows_the_number() {
    String t = "[{n, plural, one {one item}}]";
    assertThat(fill(t, Map.of("n", 3))).isEqualTo("[3]");
    assertThat(fill(t, Map.of("n", 1))).isEqualTo("[one item]");
    assertThat(MessageTemplate.format(t, Map.of("n", 3), AR, (k, v) -> "?", true))
        .isEqualTo("[\u20683\u2069]");
  }

  @Test
  void a_select_without_a_matching_branch_or_other_shows_nothing() {
    assertThat(fill("a{g, select, M {m}}b", Map.of("g", "F"))).isEqualTo("ab");
    assertThat(fill("a{g, select, M {m}}b", Map.of("g", "M"))).isEqualTo("amb");
  }

  @Test
  void a_select_inside_a_count_keeps_the_number_and_arguments_inside_branches_are_filled() {
    String t =
        "{n, plural, one {{g, select, F {# woman} other {# person}}}"
            + " other {{g, select, F {# women in {place}} other {# people in {place}}}}}";
    assertThat(fill(t, Map.of("n", 3, "g", "F", "place", "Riyadh")))
        .isEqualTo("3 women in <Riyadh>");
    assertThat(fill(t, Map.of("n", 1, "g", "X", "place", "Riyadh"))).isEqualTo("1 person");
    assertThat(
            MessageTemplate.format(
                t, Map.of("n", 2, "g", "M", "place", "Jeddah"), AR, (k, v) -> v.toString(), true))
        .isEqualTo("\u20682\u2069 people in \u2068Jeddah\u2069");
  }

  @Test
  void whole_numbers_of_every_type_take_their_plural_category() {
    for (Object one :
        List.of(
            1L,
            1,
            (short) 1,
            (byte) 1,
            BigInteger.ONE,
            new BigDecimal("1"),
            new BigDecimal("1.00"),
            1.0,
            -1.0,
            "1",
            " 1 ")) {
      assertThat(count(EN_COUNT, Locale.ENGLISH, one))
          .as("%s %s", one.getClass().getSimpleName(), one)
          .isEqualTo("one");
    }
    for (Object other :
        List.of(
            2L,
            0,
            (short) 2,
            (byte) 2,
            BigInteger.TWO,
            BigInteger.TWO.pow(64).subtract(BigInteger.ONE),
            new BigDecimal("1.5"),
            new BigDecimal("1E+1"),
            1.5,
            1e15,
            "one",
            "1.0",
            1.0f)) {
      assertThat(count(EN_COUNT, Locale.ENGLISH, other))
          .as("%s %s", other.getClass().getSimpleName(), other)
          .isEqualTo("other");
    }
    Map<Object, String> arabic = new LinkedHashMap<>();
    arabic.put(3L, "few");
    arabic.put(11, "many");
    arabic.put((short) 100, "other");
    arabic.put((byte) 2, "two");
    arabic.put(BigInteger.valueOf(103), "few");
    arabic.put(new BigDecimal("0"), "zero");
    arabic.put(new BigDecimal("3.0"), "few");
    arabic.put(new BigDecimal("1.1"), "other");
    arabic.put(2.0, "two");
    arabic.put(11.0, "many");
    arabic.put("11", "many");
    arabic.put("x", "other");
    // beyond a long: 10^30 + r ends in the digits of r; 2^70 = 1,180,591,620,717,411,303,424
    BigInteger e30 = BigInteger.TEN.pow(30);
    arabic.put(e30.add(BigInteger.valueOf(5)), "few");
    arabic.put(e30.add(BigInteger.valueOf(11)), "many");
    arabic.put(e30.add(BigInteger.ONE), "other");
    arabic.put(e30, "other");
    arabic.put(e30.add(BigInteger.valueOf(3)).negate(), "few");
    arabic.put(Math.pow(2, 70), "many");
    arabic.put(new BigDecimal("3E+1"), "many");
    arabic.put(new BigDecimal("1E+30"), "other");
    arabic.put(new BigDecimal("1E+2147483647"), "other");
    arabic.put("1000000000000000000000000000003", "few");
    arabic.put("\u0663", "few");
    arabic.forEach(
        (n, expected) ->
            assertThat(count(AR_COUNT, AR, n))
                .as("%s %s", n.getClass().getSimpleName(), n)
                .isEqualTo(expected));
  }

  @Test
  void numbers_show_without_a_fraction_when_whole_and_as_written_otherwise() {
    String t = "{n, plural, =7 {seven} one {one} other {# x}}";
    assertThat(count(t, Locale.ENGLISH, 7.0)).isEqualTo("seven");
    assertThat(count(t, Locale.ENGLISH, 7)).isEqualTo("seven");
    assertThat(count(t, Locale.ENGLISH, 8.0)).isEqualTo("8 x");
    assertThat(count(t, Locale.ENGLISH, 7.25)).isEqualTo("7.25 x");
    assertThat(count(t, Locale.ENGLISH, Double.POSITIVE_INFINITY)).isEqualTo("Infinity x");
    assertThat(count(t, Locale.ENGLISH, Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity x");
    assertThat(count(t, Locale.ENGLISH, Double.NaN)).isEqualTo("NaN x");
    assertThat(count(t, Locale.ENGLISH, new BigDecimal("7.0"))).isEqualTo("7.0 x");
  }

  @Test
  void has_plural_finds_a_plural_block_written_with_or_without_spaces() {
    assertThat(MessageTemplate.hasPlural("{n, plural, other {#}}")).isTrue();
    assertThat(MessageTemplate.hasPlural("{n,plural,other {#}}")).isTrue();
    assertThat(MessageTemplate.hasPlural("{g, select, other {x}}")).isFalse();
    assertThat(MessageTemplate.hasPlural("plural {n}")).isFalse();
  }

  @Test
  void plural_blocks_are_listed_by_argument_without_select_blocks() {
    String t =
        "{n, plural, one {a} other {b}} {g, select, F {f} other {o}} {x} {m,plural,=0 {none}"
            + " other {#}}";
    Map<String, Map<String, String>> blocks = MessageTemplate.pluralBlocks(t);
    assertThat(blocks).containsOnlyKeys("n", "m");
    assertThat(blocks.get("n")).containsExactly(entry("one", "a"), entry("other", "b"));
    assertThat(blocks.get("m")).containsExactly(entry("=0", "none"), entry("other", "#"));
    assertThat(MessageTemplate.pluralBlocks("{n, plural, one {a} other {b}} {m, plural, other {x}"))
        .containsOnlyKeys("n");
    assertThat(MessageTemplate.pluralBlocks("{n, plural, one {a} other {b")).isEmpty();
    assertThat(MessageTemplate.pluralBlocks("no blocks")).isEmpty();
  }

  @Test
  void argument_names_include_those_inside_branches_in_order_of_first_appearance() {
    String t =
        "{a} {n, plural, one {{b}} other {{c} and #}} {g, select, F {{d}} other {}} {a} {e, number}";
    assertThat(MessageTemplate.argumentNames(t)).containsExactly("a", "n", "b", "c", "g", "d", "e");
    assertThat(MessageTemplate.argumentNames("{a} {b")).containsExactly("a");
    assertThat(MessageTemplate.argumentNames("x {a}")).containsExactly("a");
    assertThat(MessageTemplate.argumentNames("none")).isEmpty();
  }

  @Test
  void expanding_plurals_resolves_counts_and_selects_but_keeps_simple_placeholders() {
    Map<String, Object> args = Map.of("n", 2, "g", "F", "max", 9);
    assertThat(
            MessageTemplate.expandPlurals(
                "{n, plural, one {# of {max}} other {# of {max}}}", args, Locale.ENGLISH))
        .isEqualTo("2 of {max}");
    assertThat(
            MessageTemplate.expandPlurals(
                "{g, select, F {she} other {they}} {max}", args, Locale.ENGLISH))
        .isEqualTo("she {max}");
    assertThat(MessageTemplate.expandPlurals("{k, plural, other {#}}", args, Locale.ENGLISH))
        .isEqualTo("{k, plural, other {#}}");
  }
}
