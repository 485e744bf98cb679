package org.tatawwu.impl.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentionBackoffTest {
  @Test
  void the_ceiling_is_none_after_one_loss_then_doubles_up_to_64_ms() {
    long[] expected = {0, 1, 2, 4, 8, 16, 32, 64, 64, 64};
    for (int lost = 1; lost <= expected.length; lost++) {
      assertThat(ContentionBackoff.ceilingMillis(lost))
          .as("after %d", lost)
          .isEqualTo(expected[lost - 1]);
    }
    assertThat(ContentionBackoff.ceilingMillis(Integer.MAX_VALUE)).isEqualTo(64);
  }

  @Test
  void an_interrupted_thread_stops_retrying_and_stays_interrupted() {
    Thread.currentThread().interrupt();
    try {
      assertThat(ContentionBackoff.pause(1)).isFalse();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(ContentionBackoff.pause(5)).isFalse();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(ContentionBackoff.pause(3)).isTrue();
  }
}
