package org.tatawwu.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.tatawwu.Tatawwu;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.matching.AssignmentSolver.Mode;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * Run by {@link ModulePathTest} in a fresh JVM with Tatawwu on the module path: prints the modules
 * in use and a validation in both languages.
 */
public final class ModulePathProbe {
  private ModulePathProbe() {}

  /**
   * Prints the probe's findings.
   *
   * @param args ignored
   */
  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneId.of("Asia/Riyadh"));
    InputValidator validator = Tatawwu.validator(clock);
    System.out.println("api-module=" + Tatawwu.class.getModule().getName());
    System.out.println(
        "impl-module=" + Tatawwu.assignmentSolver(Mode.EXACT).getClass().getModule().getName());
    System.out.println("validator-module=" + validator.getClass().getModule().getName());
    System.out.println("fields=" + FieldCatalogue.DEFAULT.fields().size());
    VolunteerRegistration bad =
        VolunteerRegistration.builder()
            .nationalId("1234567893")
            .nameArabic("سارة")
            .nameEnglish("Sara")
            .mobile("0521234567")
            .birthDateHijri("1410-01-01")
            .gender(Gender.FEMALE)
            .region("SA-01")
            .fieldsOfInterest(List.of())
            .charterAccepted(true)
            .guardianCharterSigned(false)
            .build();
    for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
      for (Problem p : validator.validate(bad, l)) {
        System.out.println(l.getLanguage() + ":" + p.path() + ":" + p.message());
      }
    }
  }
}
