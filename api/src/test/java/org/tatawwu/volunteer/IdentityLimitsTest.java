package org.tatawwu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

/** The length limits of e-mail addresses (RFC 5321 §4.5.3.1) and national IDs, at their edges. */
class IdentityLimitsTest {

  @Test
  void an_address_is_at_most_254_characters_with_a_local_part_of_at_most_64() {
    String local = "a".repeat(64);
    String d189 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
    assertThat(d189).hasSize(189);
    assertThat(EmailAddress.parse(local + "@" + d189).value()).hasSize(254);
    String d190 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".com";
    assertThatThrownBy(() -> EmailAddress.parse(local + "@" + d190))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@example.org"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(EmailAddress.parse("a@example.org").value()).isEqualTo("a@example.org");
    assertThatThrownBy(() -> EmailAddress.parse("@example.org"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void the_text_given_is_at_most_320_characters_spaces_included() {
    assertThat(EmailAddress.parse(" ".repeat(307) + "a@example.org").value())
        .isEqualTo("a@example.org");
    assertThatThrownBy(() -> EmailAddress.parse(" ".repeat(308) + "a@example.org"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void addresses_are_equal_by_text_with_the_domain_in_lower_case() {
    EmailAddress a = EmailAddress.parse("Sara@Example.ORG");
    assertThat(a.value()).isEqualTo("Sara@example.org");
    assertThat(a).isEqualTo(EmailAddress.parse("Sara@example.org"));
    assertThat(a).hasSameHashCodeAs(EmailAddress.parse("Sara@example.org"));
    assertThat(a).isNotEqualTo(EmailAddress.parse("sara@example.org"));
    assertThat(a.hashCode()).isNotEqualTo(EmailAddress.parse("sara@example.org").hashCode());
    assertThat((Object) a).isNotEqualTo("Sara@example.org");
  }

  @Test
  void a_national_id_text_is_at_most_64_characters_spaces_included() {
    assertThat(NationalId.parse(" ".repeat(54) + "1000000008").value()).isEqualTo("1000000008");
    assertThatThrownBy(() -> NationalId.parse(" ".repeat(55) + "1000000008"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void national_ids_are_equal_by_digits_and_print_only_the_residency() {
    NationalId citizen = NationalId.parse("1000000008");
    NationalId resident = NationalId.parse("2000000006");
    assertThat(citizen).isEqualTo(NationalId.parse("١000000008"));
    assertThat(citizen).hasSameHashCodeAs(NationalId.parse("1000000008"));
    assertThat(citizen).isNotEqualTo(resident);
    assertThat(citizen.hashCode()).isNotEqualTo(resident.hashCode());
    assertThat((Object) citizen).isNotEqualTo("1000000008");
    assertThat(citizen.toString()).isEqualTo("NationalId[CITIZEN, redacted]");
    assertThat(resident.toString()).isEqualTo("NationalId[RESIDENT, redacted]");
  }
}
