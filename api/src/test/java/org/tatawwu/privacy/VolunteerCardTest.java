package org.tatawwu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.geo.City;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;
import org.tatawwu.volunteer.EmailAddress;
import org.tatawwu.volunteer.LanguageCode;
import org.tatawwu.volunteer.MobileNumber;
import org.tatawwu.volunteer.SkillCode;
import org.tatawwu.volunteer.SkillLevel;
import org.tatawwu.volunteer.VolunteerId;

class VolunteerCardTest {

  @Test
  void prints_which_parts_it_holds_never_their_values() {
    VolunteerCard full =
        new VolunteerCard(
            VolunteerId.of("V-1"),
            Optional.of(BilingualText.of("سارة", "Sara")),
            Optional.of(MobileNumber.parse("0501234567")),
            Optional.of(EmailAddress.parse("sara@example.org")),
            Optional.of(Region.RIYADH),
            Optional.of(City.of("الرياض", "Riyadh", Region.RIYADH)),
            Map.of(SkillCode.of("first-aid"), SkillLevel.BASIC),
            Set.of(LanguageCode.of("ar")));
    assertThat(full.toString())
        .isEqualTo(
            "VolunteerCard[id=V-1, fields=[name, mobile, email, region, city, skills,"
                + " languages]]")
        .doesNotContain("Sara")
        .doesNotContain("0501234567");
    VolunteerCard bare =
        new VolunteerCard(
            VolunteerId.of("V-2"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Set.of());
    assertThat(bare.toString()).isEqualTo("VolunteerCard[id=V-2, fields=[]]");
  }

  @Test
  void every_category_but_not_personal_and_value_part_is_personal_and_two_are_sensitive() {
    EnumSet<DataCategory> notPersonal =
        EnumSet.of(DataCategory.NOT_PERSONAL, DataCategory.VALUE_PART);
    EnumSet<DataCategory> sensitive = EnumSet.of(DataCategory.HEALTH, DataCategory.CRIMINAL_RECORD);
    for (DataCategory c : DataCategory.values()) {
      assertThat(c.personal()).as(c.name()).isEqualTo(!notPersonal.contains(c));
      assertThat(c.sensitive()).as(c.name()).isEqualTo(sensitive.contains(c));
    }
  }
}
