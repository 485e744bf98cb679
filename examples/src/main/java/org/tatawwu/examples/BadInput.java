package org.tatawwu.examples;

import java.util.List;
import org.tatawwu.volunteer.VolunteerRegistration;

/** Turns a good registration into one with the kinds of bad input a real platform receives. */
final class BadInput {
  private BadInput() {}

  static VolunteerRegistration corrupt(VolunteerRegistration r, int kind) {
    String id = r.nationalId() == null ? "" : r.nationalId();
    return switch (kind % 5) {
      // A typo in the ID (fails Luhn) and a bidi override hidden in the English name.
      case 0 ->
          VolunteerRegistration.builder()
              .nationalId(id.substring(0, 9) + (char) ('0' + (id.charAt(9) - '0' + 1) % 10))
              .nameArabic(r.nameArabic())
              .nameEnglish(r.nameEnglish() + "\u202E")
              .mobile(r.mobile())
              .email(r.email())
              .birthDateHijri(r.birthDateHijri())
              .birthDateGregorian(r.birthDateGregorian())
              .gender(r.gender())
              .nationality(r.nationality())
              .region(r.region())
              .fieldsOfInterest(r.fieldsOfInterest())
              .charterAccepted(true)
              .guardianCharterSigned(false)
              .build();
      // A tatweel-only Arabic name, a UAE mobile and a Hijri date outside Umm al-Qura.
      case 1 ->
          VolunteerRegistration.builder()
              .nationalId(id)
              .nameArabic("ـــــ")
              .nameEnglish(r.nameEnglish())
              .mobile("+971501234567")
              .email(r.email())
              .birthDateHijri("1250-01-01")
              .gender(r.gender())
              .nationality(r.nationality())
              .region("SA-13")
              .fieldsOfInterest(r.fieldsOfInterest())
              .charterAccepted(true)
              .guardianCharterSigned(false)
              .build();
      // A 16-year-old without a guardian, charter not accepted.
      case 2 ->
          VolunteerRegistration.builder()
              .nationalId(id)
              .nameArabic(r.nameArabic())
              .nameEnglish(r.nameEnglish())
              .mobile(r.mobile())
              .email(r.email())
              .birthDateHijri("1432-01-01")
              .gender(r.gender())
              .nationality(r.nationality())
              .region(r.region())
              .fieldsOfInterest(r.fieldsOfInterest())
              .charterAccepted(false)
              .guardianCharterSigned(false)
              .build();
      // Zero-width characters and an e-mail that is not one.
      case 3 ->
          VolunteerRegistration.builder()
              .nationalId(id)
              .nameArabic("سا\u200Bرة")
              .nameEnglish(r.nameEnglish())
              .mobile(r.mobile())
              .email("sara@@mail")
              .birthDateHijri(r.birthDateHijri())
              .gender(r.gender())
              .nationality(r.nationality())
              .region(r.region())
              .fieldsOfInterest(List.of())
              .charterAccepted(true)
              .guardianCharterSigned(false)
              .build();
      // "1e9" as an ID and both birth dates given.
      default ->
          VolunteerRegistration.builder()
              .nationalId("1e9")
              .nameArabic(r.nameArabic())
              .nameEnglish(r.nameEnglish())
              .mobile(r.mobile())
              .birthDateHijri(r.birthDateHijri())
              .birthDateGregorian(java.time.LocalDate.of(1990, 1, 1))
              .gender(r.gender())
              .nationality(r.nationality())
              .region(r.region())
              .fieldsOfInterest(r.fieldsOfInterest())
              .charterAccepted(true)
              .guardianCharterSigned(false)
              .build();
    };
  }
}
