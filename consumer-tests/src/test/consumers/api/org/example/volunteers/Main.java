package org.example.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.tatawwu.Tatawwu;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.VolunteerRegistration;

/** Validates a registration through the engines found at run time and prints what it learnt. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneId.of("Asia/Riyadh"));
    InputValidator validator = Tatawwu.validator(clock);
    VolunteerRegistration form =
        VolunteerRegistration.builder()
            .nationalId("1234567893")
            .nameArabic("سارة العتيبي")
            .nameEnglish("Sara Al-Otaibi")
            .mobile("0521234567")
            .birthDateHijri("1410-02-15")
            .gender(Gender.FEMALE)
            .region("SA-01")
            .fieldsOfInterest(List.of("HEALTH"))
            .charterAccepted(true)
            .guardianCharterSigned(false)
            .build();
    for (Problem p : validator.validate(form, Locale.ENGLISH)) {
      System.out.println("problem " + p.path() + " " + p.code());
    }
    System.out.println("e164 " + MobileNumber.parse("+966 50 123 4567").e164());
    System.out.println("consumer " + Main.class.getModule().getName());
    System.out.println("api " + Tatawwu.class.getModule().getName());
    System.out.println("engine " + validator.getClass().getModule().getName());
  }
}
