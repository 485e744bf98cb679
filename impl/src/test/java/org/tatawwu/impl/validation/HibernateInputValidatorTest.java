package org.tatawwu.impl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tatawwu.impl.validation.Fixtures.CLOCK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tatawwu.Tatawwu;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.opportunity.OpportunityDraft;
import org.tatawwu.opportunity.ShiftDraft;
import org.tatawwu.organization.EntityType;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.validation.Problem;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;

class HibernateInputValidatorTest {
  static final Locale AR = Locale.forLanguageTag("ar");
  final InputValidator validator = Tatawwu.validator(CLOCK);

  @Test
  void a_valid_registration_has_no_problem_and_becomes_a_volunteer() {
    VolunteerRegistration r = Fixtures.validRegistration();
    assertThat(validator.validate(r, Locale.ENGLISH)).isEmpty();
    Volunteer v = r.toVolunteer(VolunteerId.of("V1"), validator);
    assertThat(v.nationalId().value()).isEqualTo("1234567897");
    assertThat(v.mobile().e164()).isEqualTo("+966501234567");
    assertThat(v.birthDate().enteredHijri()).isPresent();
  }

  @Test
  void reports_every_problem_at_once_in_english() {
    VolunteerRegistration r =
        VolunteerRegistration.builder()
            .nationalId("1234567893")
            .nameArabic("ـــــ")
            .nameEnglish("Sara\u202E")
            .mobile("0521234567")
            .email("not-an-email")
            .birthDateHijri("1250-01-01")
            .birthDateGregorian(LocalDate.of(1990, 1, 1))
            .region("SA-13")
            .fieldsOfInterest(List.of(""))
            .charterAccepted(false)
            .guardianCharterSigned(false)
            .build();
    List<Problem> problems = validator.validate(r, Locale.ENGLISH);
    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("birthDateHijri", "constraints.hijri.outOfRange"),
            org.assertj.core.groups.Tuple.tuple(
                "charterAccepted", "volunteer.VolunteerRegistration.charter"),
            org.assertj.core.groups.Tuple.tuple("email", "constraints.EmailText"),
            org.assertj.core.groups.Tuple.tuple("fieldsOfInterest[0].<list element>", "NotBlank"),
            org.assertj.core.groups.Tuple.tuple("gender", "NotNull"),
            org.assertj.core.groups.Tuple.tuple("mobile", "constraints.mobile.prefix"),
            org.assertj.core.groups.Tuple.tuple("nameArabic", "constraints.CleanText.noLetters"),
            org.assertj.core.groups.Tuple.tuple("nameEnglish", "constraints.CleanText.bidiControl"),
            org.assertj.core.groups.Tuple.tuple("nationalId", "constraints.nationalId.checksum"),
            org.assertj.core.groups.Tuple.tuple(
                "oneBirthDateGiven", "volunteer.VolunteerRegistration.birthDate"),
            org.assertj.core.groups.Tuple.tuple("region", "constraints.RegionCode"));
    assertThat(problems)
        .filteredOn(p -> p.path().equals("nationalId"))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("the check digit does not match: please check the number");
  }

  @Test
  void reports_the_same_problems_in_arabic() {
    VolunteerRegistration r =
        Fixtures.registration("1234567893", "ســ\u200Bـارة", "Sara", "+971501234567", null, null);
    List<Problem> en = validator.validate(r, Locale.ENGLISH);
    List<Problem> ar = validator.validate(r, AR);
    assertThat(ar).extracting(Problem::code).isEqualTo(en.stream().map(Problem::code).toList());
    assertThat(ar)
        .extracting(Problem::message)
        .contains(
            "رقم التحقق غير مطابق: يُرجى مراجعة الرقم",
            "يبدأ رقم الجوال السعودي بـ +966 أو 05",
            "يجب ألا يحتوي على رموز خفية صفرية العرض",
            "أدخل تاريخ الميلاد مرة واحدة، بالهجري أو بالميلادي");
    assertThat(validator.validate(r, Locale.forLanguageTag("ar-SA"))).isEqualTo(ar);
    assertThat(validator.validate(r, Locale.FRENCH)).isEqualTo(en);
  }

  @Test
  void check_throws_one_exception_naming_every_problem() {
    VolunteerRegistration r = Fixtures.registration("", "", "", "", null, null);
    assertThatThrownBy(() -> validator.check(r, AR))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(5);
              assertThat(e.locale()).isEqualTo(AR);
              assertThat(e.problems())
                  .extracting(Problem::path)
                  .contains(
                      "nationalId", "nameArabic", "nameEnglish", "mobile", "oneBirthDateGiven");
            });
  }

  @Test
  void a_minor_needs_a_guardian_on_the_validators_clock() {
    // Born 2008-03-02: 16 on 2025-03-01 (the clock), so a guardian is needed.
    VolunteerRegistration minor =
        Fixtures.registration(
            "1234567897", "سالم", "Salem", "0501234567", null, LocalDate.of(2008, 3, 2));
    assertThat(validator.validate(minor, Locale.ENGLISH))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "guardianNationalId", "volunteer.GuardianConsentForMinors"));
    VolunteerRegistration withGuardian =
        VolunteerRegistration.builder()
            .nationalId("1234567897")
            .nameArabic("سالم")
            .nameEnglish("Salem")
            .mobile("0501234567")
            .birthDateGregorian(LocalDate.of(2008, 3, 2))
            .gender(Gender.MALE)
            .region("SA-02")
            .fieldsOfInterest(List.of())
            .charterAccepted(true)
            .guardianNationalId("1000000008")
            .guardianCharterSigned(true)
            .build();
    assertThat(validator.validate(withGuardian, Locale.ENGLISH)).isEmpty();
    VolunteerRegistration eighteenToday =
        Fixtures.registration(
            "1234567897", "سالم", "Salem", "0501234567", null, LocalDate.of(2007, 3, 1));
    assertThat(validator.validate(eighteenToday, Locale.ENGLISH)).isEmpty();
    VolunteerRegistration eighteenTomorrow =
        Fixtures.registration(
            "1234567897", "سالم", "Salem", "0501234567", null, LocalDate.of(2007, 3, 2));
    assertThat(validator.validate(eighteenTomorrow, Locale.ENGLISH)).hasSize(1);
  }

  @Test
  void a_resident_must_give_a_nationality() {
    VolunteerRegistration r =
        Fixtures.registration("2123456788", "أحمد", "Ahmed", "0501234567", "1410-01-01", null);
    assertThat(validator.validate(r, Locale.ENGLISH))
        .extracting(Problem::code)
        .containsExactly("volunteer.VolunteerRegistration.nationality");
  }

  @Test
  void a_valid_opportunity_draft_becomes_an_opportunity() {
    OpportunityDraft d = Fixtures.validDraft();
    assertThat(validator.validate(d, Locale.ENGLISH)).isEmpty();
    Opportunity o = d.toOpportunity(validator);
    assertThat(o.shifts()).hasSize(1);
    assertThat(o.zone().getId()).isEqualTo("Asia/Riyadh");
  }

  @Test
  void reports_every_inconsistency_in_an_opportunity_draft() {
    List<ShiftDraft> shifts =
        List.of(
            Fixtures.shift("s1", "2025-03-10T09:00:00Z", "2025-03-10T05:00:00Z", 0),
            Fixtures.shift("s1", "2025-04-10T05:00:00Z", "2025-04-10T09:00:00Z", 10),
            new ShiftDraft(null, Instant.parse("2025-03-10T05:00:00Z"), null, 200_000));
    OpportunityDraft d = Fixtures.draft(EntityType.PRIVATE_COMPANY, false, shifts);
    List<Problem> problems = validator.validate(d, Locale.ENGLISH);
    assertThat(problems)
        .extracting(Problem::path, Problem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("nonProfitWork", "opportunity.LawfulVolunteerUse"),
            org.assertj.core.groups.Tuple.tuple(
                "shifts", "opportunity.ConsistentOpportunity.shiftIds"),
            org.assertj.core.groups.Tuple.tuple(
                "shifts", "opportunity.ConsistentOpportunity.shiftOutside"),
            org.assertj.core.groups.Tuple.tuple("shifts[0].capacity", "Positive"),
            org.assertj.core.groups.Tuple.tuple("shifts[0].end", "constraints.ValidTimeRange"),
            org.assertj.core.groups.Tuple.tuple("shifts[2].capacity", "Max"),
            org.assertj.core.groups.Tuple.tuple("shifts[2].end", "NotNull"),
            org.assertj.core.groups.Tuple.tuple("shifts[2].id", "NotBlank"));
    assertThat(problems)
        .filteredOn(p -> p.code().endsWith("shiftOutside"))
        .extracting(Problem::message)
        .containsExactly("shift 2 lies outside the opportunity's dates");
    assertThat(validator.validate(d, AR))
        .extracting(Problem::message)
        .contains(
            "وفق نظام العمل التطوعي لا يجوز للشركة الخاصة الاستعانة بالمتطوعين إلا في عمل غير ربحي",
            "الفترة رقم 2 تقع خارج تواريخ الفرصة");
  }

  @Test
  void a_private_company_may_offer_declared_non_profit_work() {
    OpportunityDraft d =
        Fixtures.draft(
            EntityType.PRIVATE_COMPANY,
            true,
            List.of(Fixtures.shift("s1", "2025-03-10T05:00:00Z", "2025-03-10T09:00:00Z", 5)));
    assertThat(validator.validate(d, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void user_text_is_never_evaluated_as_an_expression_or_shown() {
    String injection = "${'a'.getClass().forName('java.lang.Runtime')}{max}#{1+1}\u202E";
    VolunteerRegistration r =
        Fixtures.registration("1234567897", injection, injection, "0501234567", "1410-01-01", null);
    List<Problem> problems = validator.validate(r, Locale.ENGLISH);
    assertThat(problems).isNotEmpty();
    assertThat(problems)
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .doesNotContain("Runtime")
                    .doesNotContain("${")
                    .doesNotContain("2"));
  }

  @Test
  void a_null_field_of_interest_is_reported_with_the_other_problems() {
    List<String> fields = new java.util.ArrayList<>();
    fields.add("HEALTH");
    fields.add(null);
    VolunteerRegistration built =
        VolunteerRegistration.builder()
            .nationalId("1234567897")
            .nameArabic("سارة")
            .nameEnglish("Sara")
            .mobile("0501234567")
            .birthDateHijri("1410-02-15")
            .gender(Gender.FEMALE)
            .region("SA-01")
            .fieldsOfInterest(fields)
            .charterAccepted(false)
            .guardianCharterSigned(false)
            .build();
    assertThat(built.fieldsOfInterest()).containsExactly("HEALTH", null);
    // a data binder (Jackson, JSON-B) calls the canonical constructor, which keeps them too
    VolunteerRegistration bound = canonical(built, "fieldsOfInterest", fields);
    VolunteerRegistration added =
        VolunteerRegistration.builder()
            .from(built)
            .fieldsOfInterest(List.of("HEALTH"))
            .addFieldsOfInterest((String) null)
            .build();
    for (VolunteerRegistration r : List.of(built, bound, added)) {
      assertThat(validator.validate(r, Locale.ENGLISH))
          .extracting(Problem::path, Problem::code)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "charterAccepted", "volunteer.VolunteerRegistration.charter"),
              org.assertj.core.groups.Tuple.tuple(
                  "fieldsOfInterest[1].<list element>", "NotBlank"));
    }
  }

  @Test
  void a_birth_date_before_1900_is_refused_in_either_calendar() {
    for (VolunteerRegistration r :
        List.of(
            Fixtures.registration(
                "1234567897", "سارة", "Sara", "0501234567", null, LocalDate.of(1, 1, 1)),
            Fixtures.registration(
                "1234567897", "سارة", "Sara", "0501234567", null, LocalDate.of(1899, 12, 31)),
            // 1317-08-28 AH is 1899-12-31 in the Umm al-Qura calendar (1317-08-29 is 1900-01-01).
            Fixtures.registration(
                "1234567897", "سارة", "Sara", "0501234567", "1317-08-28", null))) {
      List<Problem> problems = validator.validate(r, Locale.ENGLISH);
      assertThat(problems)
          .extracting(Problem::path, Problem::code, Problem::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "birthDatePlausible",
                  "volunteer.VolunteerRegistration.birthDateRange",
                  "the birth date must be on or after 1 January 1900"));
      assertThat(validator.validate(r, AR))
          .extracting(Problem::message)
          .containsExactly("يجب أن يكون تاريخ الميلاد في 1 يناير 1900م أو بعده");
    }
    assertThat(
            validator.validate(
                Fixtures.registration(
                    "1234567897", "سارة", "Sara", "0501234567", null, LocalDate.of(1900, 1, 1)),
                Locale.ENGLISH))
        .isEmpty();
    assertThat(
            validator.validate(
                Fixtures.registration(
                    "1234567897", "سارة", "Sara", "0501234567", "1317-08-29", null),
                Locale.ENGLISH))
        .isEmpty();
  }

  /** A copy of a record made through its canonical constructor, one component replaced. */
  private static <R extends Record> R canonical(R record, String component, Object value) {
    try {
      java.lang.reflect.RecordComponent[] parts = record.getClass().getRecordComponents();
      Class<?>[] types = new Class<?>[parts.length];
      Object[] values = new Object[parts.length];
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] =
            parts[i].getName().equals(component) ? value : parts[i].getAccessor().invoke(record);
      }
      @SuppressWarnings("unchecked")
      Class<R> type = (Class<R>) record.getClass();
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }
}
