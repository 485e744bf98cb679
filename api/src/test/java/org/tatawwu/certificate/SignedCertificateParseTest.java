package org.tatawwu.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

class SignedCertificateParseTest {

  static HourCertificate.Builder certificate(String holderEnglish) {
    return HourCertificate.builder()
        .serial("C-1")
        .issuer("MHRSD")
        .issuedAt(Instant.parse("2026-03-01T09:00:00Z"))
        .volunteer(VolunteerId.of("V-1"))
        .holder(BilingualText.of("سارة", holderEnglish))
        .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)))
        .approvedMinutes(60)
        .participations(1)
        .entities(List.of())
        .typesOfWork(List.of())
        .experience(List.of());
  }

  @Test
  void the_shortest_document_has_eleven_lines_and_reads_back() {
    SignedCertificate s = new SignedCertificate(certificate("Sara").build(), new byte[] {1, 2, 3});
    String doc = s.encode();
    assertThat(doc.split("\n", -1)).hasSize(11);
    assertThat(SignedCertificate.parse(doc)).isEqualTo(s);
  }

  @Test
  void experience_lines_come_last_in_the_canonical_form() {
    HourCertificate c =
        certificate("Sara")
            .typesOfWork(List.of(BilingualText.of("صحي", "Health")))
            .experience(
                List.of(
                    BilingualText.of("الإسعاف", "First aid"), BilingualText.of("قيادة", "Lead")))
            .build();
    String text = new String(SignedCertificate.canonicalForm(c), StandardCharsets.UTF_8);
    assertThat(text)
        .endsWith("work=صحي|Health\nexperience=الإسعاف|First aid\nexperience=قيادة|Lead\n");
    SignedCertificate s = new SignedCertificate(c, new byte[] {9});
    assertThat(SignedCertificate.parse(s.encode()).certificate().experience())
        .containsExactly(
            BilingualText.of("الإسعاف", "First aid"), BilingualText.of("قيادة", "Lead"));
  }

  /** A document of exactly {@code length} characters, padded with entity lines. */
  static String documentOf(int length) {
    int base = new SignedCertificate(certificate("Sara").build(), new byte[64]).encode().length();
    List<BilingualText> entities = new java.util.ArrayList<>();
    int rest = length - base;
    while (rest > 0) {
      // "entity=ع|" + english + "\n" is the english text's length plus 10.
      int english = Math.min(9_000, rest - 10);
      entities.add(BilingualText.of("ع", "x".repeat(english)));
      rest -= english + 10;
    }
    return new SignedCertificate(certificate("Sara").entities(entities).build(), new byte[64])
        .encode();
  }

  @Test
  void a_document_of_exactly_65536_characters_is_read_and_one_more_is_refused() {
    String exact = documentOf(65_536);
    assertThat(exact).hasSize(65_536);
    assertThat(SignedCertificate.parse(exact).encode()).isEqualTo(exact);
    String over = documentOf(65_537);
    assertThat(over).hasSize(65_537);
    assertThatThrownBy(() -> SignedCertificate.parse(over))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("certificate.malformed"));
  }
}
