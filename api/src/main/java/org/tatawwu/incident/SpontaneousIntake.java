package org.tatawwu.incident;

import java.util.Objects;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.BirthDate;
import org.tatawwu.volunteer.Gender;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.NationalId;
import org.tatawwu.volunteer.Nationality;

/**
 * What is taken from a spontaneous volunteer (ISO 22319) at an incident's intake point: identity
 * (national ID or Iqama, and the nationality an Iqama states), name, a mobile number to reach them,
 * the birth date (to apply the rules for minors) and gender (for roles the law reserves), and the
 * region where they present themselves. Nothing else is asked before they serve in a restricted
 * role.
 *
 * <p>Sensitive: {@link #toString()} shows the region only. This class is immutable and thread-safe.
 *
 * @param nationalId the national ID or Iqama, not null
 * @param nationality the nationality, not null
 * @param name the name, not null
 * @param mobile the mobile number, not null
 * @param birthDate the birth date as entered, not null
 * @param gender the gender, not null
 * @param region where they presented themselves, not null
 */
public record SpontaneousIntake(
    NationalId nationalId,
    Nationality nationality,
    BilingualText name,
    MobileNumber mobile,
    BirthDate birthDate,
    Gender gender,
    Region region) {
  /**
   * Checks for nulls.
   *
   * @param nationalId the national ID or Iqama, not null
   * @param nationality the nationality, not null
   * @param name the name, not null
   * @param mobile the mobile number, not null
   * @param birthDate the birth date as entered, not null
   * @param gender the gender, not null
   * @param region where they presented themselves, not null
   */
  public SpontaneousIntake {
    Objects.requireNonNull(nationalId, "nationalId");
    Objects.requireNonNull(nationality, "nationality");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(region, "region");
  }

  @Override
  public String toString() {
    return "SpontaneousIntake[region=" + region.code() + "]";
  }
}
