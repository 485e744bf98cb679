package org.tatawwu.hours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HourEntryIdHashTest {

  @Test
  void different_ids_hash_apart_and_equal_ids_alike() {
    assertThat(HourEntryId.of("entry-a")).hasSameHashCodeAs(HourEntryId.of("entry-a"));
    assertThat(HourEntryId.of("entry-a").hashCode())
        .isNotEqualTo(HourEntryId.of("entry-b").hashCode());
    assertThat(HourEntryId.ofNumber(1)).hasSameHashCodeAs(HourEntryId.ofNumber(1));
    assertThat(HourEntryId.ofNumber(1).hashCode()).isNotEqualTo(HourEntryId.ofNumber(2).hashCode());
  }
}
