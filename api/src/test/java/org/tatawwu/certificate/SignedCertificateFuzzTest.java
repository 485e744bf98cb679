package org.tatawwu.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.ConstantMessages;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Fuzzes {@link SignedCertificate#parse}, on raw text and on edits of a well-formed document: only
 * {@link InvalidValueException} ({@code certificate.malformed}, fixed message) escapes, and what it
 * accepts is exactly the canonical encoding of what it returns — so no two documents carry one
 * signature.
 */
class SignedCertificateFuzzTest {
  private static final String DOCUMENT =
      new SignedCertificate(
              HourCertificate.builder()
                  .serial("C-1")
                  .issuer("MHRSD")
                  .issuedAt(Instant.parse("2026-03-01T09:00:00Z"))
                  .volunteer(VolunteerId.of("V-1"))
                  .holder(BilingualText.of("سارة | ٪ العتيبي", "Sara % Al-Otaibi"))
                  .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)))
                  .approvedMinutes(605)
                  .participations(3)
                  .entities(List.of(BilingualText.of("جمعية البر", "Al-Birr Society")))
                  .typesOfWork(List.of(BilingualText.of("صحي", "Health")))
                  .experience(List.of())
                  .build(),
              new byte[64])
          .encode();

  private final ConstantMessages messages = new ConstantMessages();

  @FuzzTest(maxDuration = "5m")
  void parse_accepts_only_canonical_documents(FuzzedDataProvider data) {
    String text;
    if (data.consumeBoolean()) {
      StringBuilder b = new StringBuilder(DOCUMENT);
      int edits = data.consumeInt(1, 4);
      for (int i = 0; i < edits && b.length() > 0; i++) {
        int at = data.consumeInt(0, b.length() - 1);
        switch (data.consumeInt(0, 2)) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, data.consumeChar());
          default -> b.setCharAt(at, data.consumeChar());
        }
      }
      text = b.toString();
    } else {
      text = data.consumeRemainingAsString();
    }
    try {
      SignedCertificate c = SignedCertificate.parse(text);
      assertThat(c.encode()).isEqualTo(text);
      assertThat(SignedCertificate.parse(c.encode())).isEqualTo(c);
      HourCertificate h = c.certificate();
      assertThat(h.toString())
          .as("no name in toString")
          .isEqualTo(
              "HourCertificate[serial=%s, issuer=%s, volunteer=%s, period=%s, approvedMinutes=%d]",
              h.serial(), h.issuer(), h.volunteer(), h.period(), h.approvedMinutes());
    } catch (InvalidValueException e) {
      messages.check(e, "certificate.malformed");
    }
  }
}
