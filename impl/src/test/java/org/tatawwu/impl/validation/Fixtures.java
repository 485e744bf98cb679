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
    return new VolunteerRegistration(
        "1234567897",
        "سارة العتيبي",
        "Sara Al-Otaibi",
        "0501234567",
        "sara@example.org",
        "1410-02-15",
        null,
        Gender.FEMALE,
        null,
        "SA-01",
        List.of("HEALTH", "RELIEF"),
        true,
        null,
        false);
  }

  static VolunteerRegistration registration(
      String nationalId,
      String nameAr,
      String nameEn,
      String mobile,
      @Nullable String hijri,
      @Nullable LocalDate greg) {
    return new VolunteerRegistration(
        nationalId,
        nameAr,
        nameEn,
        mobile,
        null,
        hijri,
        greg,
        Gender.MALE,
        null,
        "SA-02",
        List.of(),
        true,
        null,
        false);
  }

  static OpportunityDraft validDraft() {
    return draft(
        EntityType.NON_PROFIT_ASSOCIATION,
        true,
        List.of(shift("s1", "2025-03-10T05:00:00Z", "2025-03-10T09:00:00Z", 20)));
  }

  static OpportunityDraft draft(EntityType type, boolean nonProfit, List<ShiftDraft> shifts) {
    return new OpportunityDraft(
        "12345678901",
        "توزيع السلال الغذائية",
        "Food basket distribution",
        null,
        null,
        "E-100",
        type,
        nonProfit,
        "SOCIAL",
        "SOCIAL.FOOD_BASKETS",
        false,
        "SA-01",
        "الرياض",
        "Riyadh",
        24.71,
        46.67,
        LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 3, 31),
        null,
        shifts,
        4,
        18,
        false,
        false);
  }

  static ShiftDraft shift(String id, String start, String end, Integer capacity) {
    return new ShiftDraft(id, Instant.parse(start), Instant.parse(end), capacity);
  }
}
