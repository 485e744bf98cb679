package org.tatawwu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DataCategoryTest {

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
