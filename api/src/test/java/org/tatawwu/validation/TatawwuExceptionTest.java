package org.tatawwu.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tatawwu.impact.SarAmount;

class TatawwuExceptionTest {
  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  /** A localiser written for the test: the code and arguments, in one language or the other. */
  static List<Problem> localise(List<Violation> violations, Locale locale) {
    List<Problem> out = new ArrayList<>();
    for (Violation v : violations) {
      String word = "ar".equals(locale.getLanguage()) ? "مخالفة" : "broken";
      out.add(new Problem("", v.code(), word + " " + v.arguments().get("limit")));
    }
    return out;
  }

  @Test
  void every_member_of_the_family_is_an_illegal_argument_exception() {
    assertThat(new InvalidValueException("x.y", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThat(TatawwuException.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            InvalidValueException.class, InvalidInputException.class, RuleException.class);
  }

  @Test
  void a_rule_exception_gives_its_problems_in_both_languages_after_deserialisation()
      throws Exception {
    RuleException thrown =
        new RuleException(
            List.of(
                Violation.of("fund.overDisbursementLimit", "limit", SarAmount.ofHalalas(150)),
                Violation.of("hours.outsideOpportunity", "limit", LocalDate.of(2026, 1, 31))),
            TatawwuExceptionTest::localise);

    RuleException read = roundTrip(thrown);

    assertThat(read.problems(Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly("broken SAR 1.50", "broken 2026-01-31");
    assertThat(read.problems(ARABIC))
        .extracting(Problem::message)
        .containsExactly("مخالفة SAR 1.50", "مخالفة 2026-01-31");
    assertThat(read.violations()).isEqualTo(thrown.violations());
    assertThat(read.codes())
        .containsExactly("fund.overDisbursementLimit", "hours.outsideOpportunity");
    assertThat(read.has("hours.outsideOpportunity")).isTrue();
    assertThat(read.has("hours.overlap")).isFalse();
    assertThat(read.getMessage())
        .isEqualTo("2 rule(s) broken: fund.overDisbursementLimit, hours.outsideOpportunity");
  }

  @Test
  void a_rule_exception_localises_once_per_language() {
    AtomicInteger calls = new AtomicInteger();
    RuleException e =
        new RuleException(
            List.of(Violation.of("hours.overlap")),
            (v, l) -> {
              calls.incrementAndGet();
              return localise(v, l);
            });
    e.problems(Locale.ENGLISH);
    e.problems(Locale.UK);
    e.problems(ARABIC);
    e.problems(Locale.forLanguageTag("ar-SA"));
    assertThat(calls).hasValue(2);
  }

  @Test
  void a_rule_exception_needs_a_violation() {
    assertThatThrownBy(() -> new RuleException(List.of(), TatawwuExceptionTest::localise))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a RuleException needs at least one violation");
  }

  @Test
  void an_invalid_input_exception_keeps_both_languages_through_serialisation() throws Exception {
    List<Problem> arabic = List.of(new Problem("mobile", "SaudiMobile", "رقم غير صحيح"));
    List<Problem> english = List.of(new Problem("mobile", "SaudiMobile", "not a mobile number"));
    InvalidInputException read = roundTrip(new InvalidInputException(arabic, english, ARABIC));

    assertThat(read.problems()).isEqualTo(arabic);
    assertThat(read.problems(Locale.ENGLISH)).isEqualTo(english);
    assertThat(read.problems(ARABIC)).isEqualTo(arabic);
    assertThat(read.locale()).isEqualTo(ARABIC);
    assertThat(read.codes()).containsExactly("SaudiMobile");
    assertThat(read.getMessage())
        .isEqualTo("1 problem(s): mobile: not a mobile number [SaudiMobile]");
  }

  @Test
  void an_invalid_input_exception_refuses_lists_that_do_not_match() {
    List<Problem> one = List.of(new Problem("a", "X", "x"));
    List<Problem> other = List.of(new Problem("a", "Y", "y"));
    assertThatThrownBy(() -> new InvalidInputException(one, other, ARABIC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvalidInputException(List.of(), List.of(), ARABIC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvalidInputException(one, List.of(), ARABIC))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_invalid_value_exception_keeps_its_code_through_serialisation() throws Exception {
    InvalidValueException read =
        roundTrip(new InvalidValueException("nationalId.checksum", "the check digit differs"));
    assertThat(read.code()).isEqualTo("nationalId.checksum");
    assertThat(read.codes()).containsExactly("nationalId.checksum");
    assertThat(read.problems(ARABIC))
        .containsExactly(new Problem("", "nationalId.checksum", "the check digit differs"));
    assertThat(read.getMessage()).isEqualTo("the check digit differs");
  }

  @Test
  void a_violation_takes_only_serialisable_named_values() {
    assertThatThrownBy(() -> Violation.of("x", "name", new Object()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Violation.of("x", 1, "value"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Violation.of("x", "odd")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_violation_checks_every_element_of_a_collection_map_or_array_it_holds() {
    for (Object deep :
        List.<Object>of(
            new ArrayList<>(List.of("fine", new Object())),
            java.util.Map.of("k", new Object()),
            new java.util.HashMap<>(java.util.Map.of(new Object(), "v")),
            new Object[] {"fine", new Object()},
            List.of(List.of(java.util.Map.of("k", List.of(new Object())))))) {
      assertThatThrownBy(() -> Violation.of("x", "name", deep))
          .as("%s", deep.getClass())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a violation's arguments are serialisable values");
    }
    List<Object> fine = new ArrayList<>();
    fine.add(List.of(1, "two", LocalDate.of(2025, 3, 10)));
    fine.add(java.util.Map.of("k", new Object[] {SarAmount.ofHalalas(5)}));
    assertThat(Violation.of("x", "name", fine).arguments().get("name")).isSameAs(fine);
  }

  @Test
  void a_violation_refuses_collections_nested_beyond_the_bound() {
    // Depth 1 is the argument itself: 8 lists nested are accepted, 9 refused.
    Object eight = "leaf";
    for (int i = 0; i < 8; i++) {
      eight = List.of(eight);
    }
    Object accepted = eight;
    assertThat(Violation.of("x", "n", accepted).arguments()).containsEntry("n", accepted);
    Object nine = List.of(eight);
    assertThatThrownBy(() -> Violation.of("x", "n", nine))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a violation's argument nests collections more than 8 levels deep");
    // A list that holds itself is refused by the bound rather than overflowing the stack.
    List<Object> self = new ArrayList<>();
    self.add(self);
    assertThatThrownBy(() -> Violation.of("x", "n", self))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_rule_exception_falls_back_to_the_codes_when_its_localiser_does_not_give_one_per_violation()
      throws Exception {
    List<Violation> two = List.of(Violation.of("a.first"), Violation.of("b.second", "n", 2));
    RuleException none = new RuleException(two, (vs, l) -> List.of());
    List<Problem> expected =
        List.of(new Problem("", "a.first", "a.first"), new Problem("", "b.second", "b.second"));
    assertThat(none.problems(Locale.ENGLISH)).isEqualTo(expected);
    assertThat(none.problems(ARABIC)).isEqualTo(expected);
    RuleException tooMany =
        new RuleException(
            List.of(Violation.of("a.first")),
            (vs, l) -> List.of(new Problem("", "a.first", "one"), new Problem("", "z", "two")));
    assertThat(tooMany.problems(Locale.ENGLISH))
        .containsExactly(new Problem("", "a.first", "a.first"));
    assertThat(roundTrip(none).problems(ARABIC)).isEqualTo(expected);
  }

  @Test
  void a_rule_exception_message_lists_twenty_codes_and_counts_the_rest() {
    List<Violation> many = new ArrayList<>();
    StringBuilder twenty = new StringBuilder();
    for (int i = 1; i <= 4_950; i++) {
      many.add(Violation.of("c" + i));
      if (i <= 20) {
        twenty.append(i == 1 ? "" : ", ").append("c").append(i);
      }
    }
    RuleException e = new RuleException(many, TatawwuExceptionTest::localise);
    assertThat(e.getMessage())
        .isEqualTo("4950 rule(s) broken: " + twenty + ", and 4930 more")
        .startsWith("4950 rule(s) broken: c1, c2, c3,")
        .endsWith("c19, c20, and 4930 more");
    assertThat(e.violations()).hasSize(4_950);
    assertThat(e.codes()).hasSize(4_950).contains("c4950");
    assertThat(e.problems(Locale.ENGLISH)).hasSize(4_950);

    many.subList(20, many.size()).clear();
    assertThat(new RuleException(many, TatawwuExceptionTest::localise).getMessage())
        .isEqualTo("20 rule(s) broken: " + twenty);
    many.add(Violation.of("c21"));
    assertThat(new RuleException(many, TatawwuExceptionTest::localise).getMessage())
        .isEqualTo("21 rule(s) broken: " + twenty + ", and 1 more");
  }
}
