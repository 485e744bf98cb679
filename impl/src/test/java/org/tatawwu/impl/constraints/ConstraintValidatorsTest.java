package org.tatawwu.impl.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.constraints.CleanText;
import org.tatawwu.constraints.EmailText;
import org.tatawwu.constraints.FieldCodeText;
import org.tatawwu.constraints.HijriDateText;
import org.tatawwu.constraints.NationalIdNumber;
import org.tatawwu.constraints.RegionCode;
import org.tatawwu.constraints.SarAmountText;
import org.tatawwu.constraints.SaudiMobile;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;

/**
 * The validators of Tatawwu's text constraints, each on a small form of its own, through the
 * reference validator: which texts pass, and which code and message each refusal carries.
 */
class ConstraintValidatorsTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneId.of("Asia/Riyadh"));

  final InputValidator validator = Tatawwu.validator(CLOCK);

  record Amount(@SarAmountText @Nullable String amount) {}

  record Id(@NationalIdNumber @Nullable String id) {}

  record IdWithoutLuhn(@NationalIdNumber(luhn = false) @Nullable String id) {}

  record Mobile(@SaudiMobile @Nullable String mobile) {}

  record Hijri(@HijriDateText @Nullable String date) {}

  record RegionForm(@RegionCode @Nullable String region) {}

  record Email(@EmailText @Nullable String email) {}

  record FieldForm(@FieldCodeText @Nullable String field) {}

  record FiveLetters(@CleanText(maxLetters = 5) @Nullable String text) {}

  record OneLetter(@CleanText(maxLetters = 1) @Nullable String text) {}

  record Default(@CleanText @Nullable String text) {}

  List<String> codes(Object form) {
    return validator.validate(form, Locale.ENGLISH).stream().map(Problem::code).toList();
  }

  @Test
  void an_amount_must_be_a_positive_number_of_riyals_with_at_most_two_decimals() {
    for (String ok : List.of("150.50", "0.01", "1", "20")) {
      assertThat(codes(new Amount(ok))).as(ok).isEmpty();
    }
    assertThat(codes(new Amount(null))).isEmpty();
    assertThat(validator.validate(new Amount("0"), Locale.ENGLISH))
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(
            tuple("amount", "constraints.money.notPositive", "the amount must be more than zero"));
    assertThat(codes(new Amount("0.00"))).containsExactly("constraints.money.notPositive");
    assertThat(codes(new Amount("abc"))).containsExactly("constraints.money.format");
    assertThat(codes(new Amount("1.234"))).containsExactly("constraints.money.fractionalHalala");
  }

  @Test
  void a_national_id_is_checked_by_luhn_unless_the_form_says_otherwise() {
    assertThat(codes(new Id("1234567897"))).isEmpty();
    assertThat(codes(new Id(null))).isEmpty();
    assertThat(codes(new Id(" "))).isEmpty();
    assertThat(validator.validate(new Id("1234567893"), Locale.ENGLISH))
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(
            tuple(
                "id",
                "constraints.nationalId.checksum",
                "the check digit does not match: please check the number"));
    assertThat(codes(new Id("123"))).containsExactly("constraints.nationalId.format");
    assertThat(codes(new Id("3234567897"))).containsExactly("constraints.nationalId.prefix");
    assertThat(codes(new IdWithoutLuhn("1234567893"))).isEmpty();
    assertThat(codes(new IdWithoutLuhn("123"))).containsExactly("constraints.nationalId.format");
  }

  @Test
  void a_mobile_number_is_refused_with_the_reason() {
    assertThat(codes(new Mobile("0501234567"))).isEmpty();
    assertThat(codes(new Mobile(null))).isEmpty();
    assertThat(codes(new Mobile("  "))).isEmpty();
    assertThat(codes(new Mobile("0521234567"))).containsExactly("constraints.mobile.prefix");
    assertThat(codes(new Mobile("+971501234567"))).containsExactly("constraints.mobile.country");
    assertThat(validator.validate(new Mobile("+971501234567"), Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly("a Saudi mobile number starts with +966 or 05");
  }

  @Test
  void a_hijri_date_must_be_written_as_digits_and_lie_in_the_table() {
    assertThat(codes(new Hijri("1410-02-15"))).isEmpty();
    assertThat(codes(new Hijri(null))).isEmpty();
    assertThat(codes(new Hijri(""))).isEmpty();
    assertThat(codes(new Hijri("1410/02/15"))).isEmpty();
    assertThat(codes(new Hijri("1410.02.15"))).containsExactly("constraints.hijri.format");
    assertThat(codes(new Hijri("1410-02-31"))).containsExactly("constraints.hijri.invalid");
    assertThat(codes(new Hijri("1250-01-01"))).containsExactly("constraints.hijri.outOfRange");
    assertThat(validator.validate(new Hijri("1250-01-01"), Locale.ENGLISH))
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            tuple("date", "the Umm al-Qura calendar covers the years 1300 to 1600 AH only"));
  }

  @Test
  void a_region_and_an_email_are_checked_only_when_given() {
    assertThat(codes(new RegionForm("SA-01"))).isEmpty();
    assertThat(codes(new RegionForm(" "))).isEmpty();
    assertThat(codes(new RegionForm(null))).isEmpty();
    assertThat(codes(new RegionForm("SA-13"))).containsExactly("constraints.RegionCode");
    assertThat(codes(new Email("sara@example.org"))).isEmpty();
    assertThat(codes(new Email(" "))).isEmpty();
    assertThat(codes(new Email(null))).isEmpty();
    assertThat(codes(new Email("not-an-email"))).containsExactly("constraints.EmailText");
  }

  @Test
  void a_field_code_is_looked_up_in_the_validators_catalogue() {
    assertThat(codes(new FieldForm("HEALTH"))).isEmpty();
    assertThat(codes(new FieldForm("HEALTH.FIRST_AID"))).isEmpty();
    assertThat(codes(new FieldForm(" "))).isEmpty();
    assertThat(codes(new FieldForm(null))).isEmpty();
    assertThat(codes(new FieldForm("ASTRONOMY"))).containsExactly("constraints.FieldCodeText");
    assertThat(codes(new FieldForm("health!"))).containsExactly("constraints.FieldCodeText");

    FieldCatalogue onlyChess = FieldCatalogue.parse(new StringReader("CHESS\t\tشطرنج\tChess\n"));
    InputValidator chess = Tatawwu.validator(CLOCK, onlyChess);
    assertThat(chess.validate(new FieldForm("CHESS"), Locale.ENGLISH)).isEmpty();
    assertThat(chess.validate(new FieldForm("HEALTH"), Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly("constraints.FieldCodeText");
  }

  @Test
  void without_a_catalogue_in_the_factory_the_default_catalogue_applies() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .buildValidatorFactory()) {
      Validator plain = factory.getValidator();
      assertThat(plain.validate(new FieldForm("HEALTH"))).isEmpty();
      Set<ConstraintViolation<FieldForm>> refused = plain.validate(new FieldForm("CHESS"));
      assertThat(refused)
          .extracting(ConstraintViolation::getMessageTemplate)
          .containsExactly("{org.tatawwu.constraints.FieldCodeText.message}");
    }
  }

  @Test
  void clean_text_counts_letters_up_to_the_forms_limit() {
    assertThat(codes(new FiveLetters("abcde"))).isEmpty();
    assertThat(codes(new FiveLetters("ab cd-e!"))).as("only letters count").isEmpty();
    assertThat(codes(new FiveLetters(null))).isEmpty();
    assertThat(validator.validate(new FiveLetters("abcdef"), Locale.ENGLISH))
        .extracting(Problem::path, Problem::code, Problem::message)
        .containsExactly(
            tuple("text", "constraints.CleanText.tooLong", "must have at most 5 letters"));
    assertThat(codes(new OneLetter("a"))).isEmpty();
    assertThat(validator.validate(new OneLetter("ab"), Locale.ENGLISH))
        .extracting(Problem::message)
        .containsExactly("must have at most 1 letter");
    // the annotation's default, 200
    assertThat(codes(new Default("a".repeat(200)))).isEmpty();
    assertThat(codes(new Default("a".repeat(201))))
        .containsExactly("constraints.CleanText.tooLong");
  }

  @Test
  void clean_text_reports_each_problem_with_its_own_message() {
    assertThat(validator.validate(new FiveLetters("a\u202Eb\u200Bc"), Locale.ENGLISH))
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            tuple(
                "constraints.CleanText.bidiControl",
                "must not contain hidden text-direction characters"),
            tuple(
                "constraints.CleanText.zeroWidth",
                "must not contain invisible zero-width characters"));
    assertThat(codes(new FiveLetters("abcdef\u200B")))
        .containsExactly("constraints.CleanText.tooLong", "constraints.CleanText.zeroWidth");
  }
}
