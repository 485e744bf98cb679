package org.tatawwu.impl.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tatawwu.opportunity.OpportunityDraft;
import org.tatawwu.opportunity.ShiftDraft;
import org.tatawwu.organization.EntityType;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.VolunteerRegistration;

/** Test data shared by the validation tests. */
final class Fixtures {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneId.of("Asia/Riyadh"));

  private Fixtures() {}

  static VolunteerRegistration validRegistration() {
    return VolunteerRegistration.builder()
        .nationalId("1234567897")
        .nameArabic("سارة العتيبي")
        .nameEnglish("Sara Al-Otaibi")
        .mobile("0501234567")
        .email("sara@example.org")
        .birthDateHijri("1410-02-15")
        .gender(Gender.FEMALE)
        .region("SA-01")
        .fieldsOfInterest(List.of("HEALTH", "RELIEF"))
        .charterAccepted(true)
        .guardianCharterSigned(false)
        .build();
  }

  static VolunteerRegistration registration(
      String nationalId,
      String nameAr,
      String nameEn,
      String mobile,
      @Nullable String hijri,
      @Nullable LocalDate greg) {
    return VolunteerRegistration.builder()
        .nationalId(nationalId)
        .nameArabic(nameAr)
        .nameEnglish(nameEn)
        .mobile(mobile)
        .birthDateHijri(hijri)
        .birthDateGregorian(greg)
        .gender(Gender.MALE)
        .region("SA-02")
        .fieldsOfInterest(List.of())
        .charterAccepted(true)
        .guardianCharterSigned(false)
        .build();
  }

  static OpportunityDraft validDraft() {
    return draft(
        EntityType.NON_PROFIT_ASSOCIATION,
        true,
        List.of(shift("s1", "2025-03-10T05:00:00Z", "2025-03-10T09:00:00Z", 20)));
  }

  static OpportunityDraft draft(EntityType type, boolean nonProfit, List<ShiftDraft> shifts) {
    return OpportunityDraft.builder()
        .number("12345678901")
        .titleArabic("توزيع السلال الغذائية")
        .titleEnglish("Food basket distribution")
        .entityId("E-100")
        .entityType(type)
        .nonProfitWork(nonProfit)
        .field("SOCIAL")
        .subField("SOCIAL.FOOD_BASKETS")
        .remote(false)
        .region("SA-01")
        .cityArabic("الرياض")
        .cityEnglish("Riyadh")
        .latitude(24.71)
        .longitude(46.67)
        .firstDay(LocalDate.of(2025, 3, 1))
        .lastDay(LocalDate.of(2025, 3, 31))
        .shifts(shifts)
        .expectedHours(4)
        .minimumAge(18)
        .minorsAllowed(false)
        .skillsBased(false)
        .build();
  }

  static ShiftDraft shift(String id, String start, String end, Integer capacity) {
    return new ShiftDraft(id, Instant.parse(start), Instant.parse(end), capacity);
  }
}
