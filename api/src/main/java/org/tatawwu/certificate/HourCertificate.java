package org.tatawwu.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;
import org.tatawwu.time.HijriTable;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.VolunteerId;

/**
 * The content of an hour certificate. Built by a {@link CertificateIssuer} from approved hours
 * only; carried as a {@link SignedCertificate}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param serial the certificate's serial, unique per issuer
 * @param issuer the issuer's identifier (whose public key verifies it)
 * @param issuedAt when it was issued
 * @param volunteer the volunteer's platform id
 * @param holder the volunteer's name, as it appears on the certificate
 * @param period the first and last day of the certified work
 * @param approvedMinutes the approved minutes in the period, 1 or more
 * @param participations how many times the person volunteered (approved entries)
 * @param entities the entities volunteered with, by name
 * @param typesOfWork the fields of the work, by name
 * @param experience the experience gained: the specialities (sub-fields) worked in
 */
@Value.Builder
public record HourCertificate(
    String serial,
    String issuer,
    Instant issuedAt,
    VolunteerId volunteer,
    BilingualText holder,
    DateRange period,
    long approvedMinutes,
    int participations,
    List<BilingualText> entities,
    List<BilingualText> typesOfWork,
    List<BilingualText> experience) {

  /**
   * Checks the components.
   *
   * @param serial the certificate's serial, unique per issuer, not null
   * @param issuer the issuer's identifier (whose public key verifies it), not null
   * @param issuedAt when it was issued, not null
   * @param volunteer the volunteer's platform id, not null
   * @param holder the volunteer's name, as it appears on the certificate, not null
   * @param period the first and last day of the certified work, not null
   * @param approvedMinutes the approved minutes in the period, 1 or more
   * @param participations how many times the person volunteered (approved entries)
   * @param entities the entities volunteered with, by name
   * @param typesOfWork the fields of the work, by name
   * @param experience the experience gained: the specialities (sub-fields) worked in
   */
  public HourCertificate {
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(period, "period");
    entities = List.copyOf(entities);
    typesOfWork = List.copyOf(typesOfWork);
    experience = List.copyOf(experience);
    if (approvedMinutes < 1 || participations < 1) {
      throw new InvalidValueException(
          "certificate.empty", "a certificate certifies at least one approved entry");
    }
  }

  /**
   * Renders the certificate for people, in Arabic or English, with dates in both calendars.
   *
   * @param locale Arabic for any {@code ar} locale, English otherwise
   * @return the text
   */
  public String render(Locale locale) {
    boolean ar = "ar".equals(locale.getLanguage());
    String hours =
        String.format(Locale.ROOT, "%d:%02d", approvedMinutes / 60, approvedMinutes % 60);
    StringBuilder b = new StringBuilder();
    if (ar) {
      b.append("شهادة ساعات تطوعية\n");
      b.append("تشهد هذه الوثيقة بمشاركة ")
          .append(holder.arabic())
          .append(" في العمل التطوعي، عدد المشاركات: ")
          .append(participations)
          .append("، ومجموع الساعات المعتمدة: ")
          .append(hours)
          .append('\n');
      b.append("في الفترة من ")
          .append(date(period.first(), true))
          .append(" إلى ")
          .append(date(period.last(), true))
          .append('\n');
      b.append("الجهات: ").append(join(entities, true)).append('\n');
      b.append("نوع العمل: ").append(join(typesOfWork, true)).append('\n');
      b.append("الخبرات المكتسبة: ").append(join(experience, true)).append('\n');
      b.append("الرقم التسلسلي: ")
          .append(serial)
          .append(" — رمز التحقق: ")
          .append(verificationCodeLabel())
          .append('\n');
    } else {
      b.append("Certificate of volunteer hours\n");
      b.append("This certifies that ")
          .append(holder.english())
          .append(" volunteered ")
          .append(participations)
          .append(participations == 1 ? " time" : " times")
          .append(", ")
          .append(hours)
          .append(" approved hours in all,\n");
      b.append("from ")
          .append(date(period.first(), false))
          .append(" to ")
          .append(date(period.last(), false))
          .append('\n');
      b.append("Entities: ").append(join(entities, false)).append('\n');
      b.append("Type of work: ").append(join(typesOfWork, false)).append('\n');
      b.append("Experience gained: ").append(join(experience, false)).append('\n');
      b.append("Serial: ")
          .append(serial)
          .append(" — verification code: ")
          .append(verificationCodeLabel())
          .append('\n');
    }
    b.append(ar ? "التقويم الهجري: " : "Hijri calendar: ")
        .append(HijriTable.ummAlQura().id())
        .append('\n');
    return b.toString();
  }

  private String verificationCodeLabel() {
    return serial.substring(serial.lastIndexOf('-') + 1);
  }

  private static String date(LocalDate d, boolean ar) {
    String hijri;
    try {
      hijri = HijriTable.ummAlQura().toHijri(d).toString();
    } catch (InvalidValueException e) {
      return d.toString();
    }
    return ar ? hijri + "هـ (" + d + "م)" : d + " (" + hijri + " AH)";
  }

  private static String join(List<BilingualText> texts, boolean ar) {
    StringBuilder b = new StringBuilder();
    for (BilingualText t : texts) {
      if (b.length() > 0) {
        b.append(ar ? "، " : ", ");
      }
      b.append(ar ? t.arabic() : t.english());
    }
    return b.toString();
  }

  /**
   * Returns the serial, issuer, volunteer id, period and minutes; never the holder's name.
   *
   * @return a description without personal data
   */
  @Override
  public String toString() {
    return "HourCertificate[serial="
        + serial
        + ", issuer="
        + issuer
        + ", volunteer="
        + volunteer
        + ", period="
        + period
        + ", approvedMinutes="
        + approvedMinutes
        + "]";
  }

  /**
   * Returns a new builder. {@link Builder#build()} names every mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link HourCertificate} part by part (generated by Immutables). Not thread-safe; use
   * one builder per thread.
   */
  public static final class Builder extends HourCertificateBuilder {
    Builder() {}
  }
}
