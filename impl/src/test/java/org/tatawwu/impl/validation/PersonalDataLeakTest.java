package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tatawwu.Tatawwu;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.GuardianConsent;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;

/** Builds volunteers with known personal data and finds none of it in what is printed. */
class PersonalDataLeakTest {
  static final String ID = "1234567897";
  static final String GUARDIAN = "2123456788";
  static final String MOBILE = "501234567";
  static final String EMAIL = "sara.secret@example.org";
  static final LocalDate BIRTH = LocalDate.of(1991, 7, 23);

  static final List<String> SECRETS =
      List.of(
          ID,
          "34567",
          GUARDIAN,
          "23456788",
          MOBILE,
          "1234567",
          EMAIL,
          "sara.secret",
          "1991",
          "07-23",
          "23/07");

  @Test
  void to_string_validation_errors_and_logs_never_show_personal_data() {
    List<String> captured = new ArrayList<>();
    PrintStream savedErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      Volunteer v =
          Volunteer.builder()
              .id(VolunteerId.of("V-1"))
              .nationalId(NationalId.parse(ID))
              .nationality(Nationality.SAUDI)
              .name(BilingualText.of("سارة", "Sara"))
              .mobile(MobileNumber.parse("0" + MOBILE))
              .email(EmailAddress.parse(EMAIL))
              .birthDate(BirthDate.ofGregorian(BIRTH))
              .gender(Gender.FEMALE)
              .region(Region.RIYADH)
              .guardianConsent(
                  new GuardianConsent(
                      NationalId.parse(GUARDIAN), Instant.EPOCH, true, Optional.empty()))
              .build();
      captured.add(v.toString());
      captured.add(v.nationalId().toString());
      captured.add(v.mobile().toString());
      captured.add(v.email().orElseThrow().toString());
      captured.add(v.birthDate().toString());
      captured.add(v.guardianConsent().orElseThrow().toString());
      captured.add(String.valueOf(Volunteer.builder().from(v).build()));

      Logger log = LoggerFactory.getLogger(PersonalDataLeakTest.class);
      log.info("registered {}", v);
      log.warn("id {} mobile {} consent {}", v.nationalId(), v.mobile(), v.guardianConsent());

      VolunteerRegistration bad =
          VolunteerRegistration.builder()
              .nationalId("1234567893")
              .nameArabic("سارة")
              .nameEnglish("Sara")
              .mobile("0521234567")
              .email("sara.secret@@example")
              .birthDateGregorian(BIRTH)
              .gender(Gender.FEMALE)
              .region("SA-99")
              .fieldsOfInterest(List.of())
              .charterAccepted(true)
              .guardianNationalId("2123456784")
              .guardianCharterSigned(false)
              .build();
      captured.add(bad.toString());
      try {
        Tatawwu.validator(Fixtures.CLOCK).check(bad, Locale.ENGLISH);
      } catch (InvalidInputException e) {
        captured.add(e.getMessage());
        e.problems().forEach(p -> captured.add(p.toString()));
        log.error("registration rejected", e);
      }
      try {
        Tatawwu.validator(Fixtures.CLOCK).check(bad, Locale.forLanguageTag("ar"));
      } catch (InvalidInputException e) {
        captured.add(e.getMessage());
      }
      for (String text : List.of("1234567893", "0521234567", "sara.secret@@example", "34567893x")) {
        for (Runnable parse :
            List.<Runnable>of(
                () -> NationalId.parse(text),
                () -> MobileNumber.parse(text),
                () -> EmailAddress.parse(text))) {
          try {
            parse.run();
          } catch (InvalidValueException e) {
            captured.add(e.getMessage());
          }
        }
      }
    } finally {
      System.setErr(savedErr);
    }
    captured.add(err.toString(StandardCharsets.UTF_8));
    assertThat(captured.get(captured.size() - 1))
        .as("the log was captured")
        .contains("registered Volunteer[id=V-1");
    for (String c : captured) {
      for (String secret : SECRETS) {
        assertThat(c).as("captured text").doesNotContain(secret);
      }
      assertThat(c).doesNotContain("1234567893").doesNotContain("521234567");
    }
  }
}
