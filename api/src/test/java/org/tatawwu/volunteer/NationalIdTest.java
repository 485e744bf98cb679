package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tatawwu.validation.InvalidValueException;

class NationalIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"1000000008", "1234567897", "2123456788", "2000000006", "1010101010"})
  void accepts_the_luhn_vectors_from_the_domain_primer(String id) {
    assertThat(NationalId.parse(id).value()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000", "1234567893", "2123456784"})
  void rejects_numbers_failing_luhn_with_the_checksum_code(String id) {
    assertThatThrownBy(() -> NationalId.parse(id))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("nationalId.checksum");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "100000000",
        "10000000080",
        "",
        "1e9",
        "+1000000008",
        "1000 000008x",
        "１０００００００08"
      })
  void rejects_wrong_length_and_non_digits_including_exponent_and_sign_forms(String id) {
    assertThatThrownBy(() -> NationalId.parse(id))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("nationalId.format");
  }

  @Test
  void rejects_a_first_digit_other_than_1_or_2() {
    assertThatThrownBy(() -> NationalId.parse("3000000004"))
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("nationalId.prefix");
  }

  @Test
  void normalises_eastern_arabic_indic_and_persian_digits() {
    assertThat(NationalId.parse("١٠٠٠٠٠٠٠٠٨")).isEqualTo(NationalId.parse("1000000008"));
    assertThat(NationalId.parse("۲۱۲۳۴۵۶۷۸۸").value()).isEqualTo("2123456788");
    assertThat(NationalId.parse(" 1000000008 ").value()).isEqualTo("1000000008");
  }

  @Test
  void reads_residency_from_the_first_digit() {
    assertThat(NationalId.parse("1000000008").residency()).isEqualTo(Residency.CITIZEN);
    assertThat(NationalId.parse("2000000006").residency()).isEqualTo(Residency.RESIDENT);
  }

  @Test
  void the_checksum_rule_is_pluggable() {
    assertThat(NationalId.parse("1000000000", NationalIdChecksum.NONE).value())
        .isEqualTo("1000000000");
    assertThatThrownBy(() -> NationalId.parse("1000000008", digits -> false))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void never_shows_the_number_in_to_string_or_errors() {
    NationalId id = NationalId.parse("1234567897");
    assertThat(id.toString()).doesNotContain("1234567897").doesNotContain("456");
    assertThat(id.masked()).isEqualTo("1••••••••7");
    assertThatThrownBy(() -> NationalId.parse("1234567893")).hasMessageNotContaining("1234567893");
  }
}
