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
          new VolunteerRegistration(
              id.substring(0, 9) + (char) ('0' + (id.charAt(9) - '0' + 1) % 10),
              r.nameArabic(),
              r.nameEnglish() + "\u202E",
              r.mobile(),
              r.email(),
              r.birthDateHijri(),
              r.birthDateGregorian(),
              r.gender(),
              r.nationality(),
              r.region(),
              r.fieldsOfInterest(),
              true,
              null,
              false);
      // A tatweel-only Arabic name, a UAE mobile and a Hijri date outside Umm al-Qura.
      case 1 ->
          new VolunteerRegistration(
              id,
              "ـــــ",
              r.nameEnglish(),
              "+971501234567",
              r.email(),
              "1250-01-01",
              null,
              r.gender(),
              r.nationality(),
              "SA-13",
              r.fieldsOfInterest(),
              true,
              null,
              false);
      // A 16-year-old without a guardian, charter not accepted.
      case 2 ->
          new VolunteerRegistration(
              id,
              r.nameArabic(),
              r.nameEnglish(),
              r.mobile(),
              r.email(),
              "1432-01-01",
              null,
              r.gender(),
              r.nationality(),
              r.region(),
              r.fieldsOfInterest(),
              false,
              null,
              false);
      // Zero-width characters and an e-mail that is not one.
      case 3 ->
          new VolunteerRegistration(
              id,
              "سا\u200Bرة",
              r.nameEnglish(),
              r.mobile(),
              "sara@@mail",
              r.birthDateHijri(),
              null,
              r.gender(),
              r.nationality(),
              r.region(),
              List.of(),
              true,
              null,
              false);
      // "1e9" as an ID and both birth dates given.
      default ->
          new VolunteerRegistration(
              "1e9",
              r.nameArabic(),
              r.nameEnglish(),
              r.mobile(),
              null,
              r.birthDateHijri(),
              java.time.LocalDate.of(1990, 1, 1),
              r.gender(),
              r.nationality(),
              r.region(),
              r.fieldsOfInterest(),
              true,
              null,
              false);
    };
  }
}
