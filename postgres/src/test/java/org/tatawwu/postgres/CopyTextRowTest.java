package org.tatawwu.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rows written as PostgreSQL's COPY text format writes them, read back field by field. */
class CopyTextRowTest {
  private static CopyTextRow row(String text) {
    CopyTextRow r = new CopyTextRow(2);
    r.start(text.getBytes(StandardCharsets.UTF_8));
    return r;
  }

  @Test
  void numbers_flags_dates_and_nulls_in_order() {
    CopyTextRow r =
        row("7\t-9223372036854775808\t9223372036854775807\t\\N\tt\tf\t2025-03-01\t\\N\n");
    assertThat(r.nextLong()).isEqualTo(7);
    assertThat(r.nextLong()).isEqualTo(Long.MIN_VALUE);
    assertThat(r.nextLong()).isEqualTo(Long.MAX_VALUE);
    assertThat(r.nextLong(-1)).isEqualTo(-1);
    assertThat(r.nextBoolean()).isTrue();
    assertThat(r.nextBoolean()).isFalse();
    assertThat(r.nextDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(r.finished()).isFalse();
    assertThat(r.nextText()).isNull();
    assertThat(r.finished()).isTrue();
  }

  @Test
  void escapes_are_undone_and_the_literal_backslash_n_is_text() {
    // As the server writes: a\tb, a line feed, a backslash then N, Arabic, an empty text.
    CopyTextRow r = row("a\\tb\\n\\r\\\\N\\b\\f\\v\tسبب 🙂\t\t\\N");
    assertThat(r.nextText()).isEqualTo("a\tb\n\r\\N\b\f\u000b");
    assertThat(r.nextText()).isEqualTo("سبب 🙂");
    assertThat(r.nextText()).isEqualTo("");
    assertThat(r.nextText()).isNull();
    assertThat(r.finished()).isTrue();
  }

  @Test
  void dates_before_year_one_and_after_9999_as_the_server_writes_them() {
    CopyTextRow r = row("0001-01-01 BC\t12345-06-07\t0001-01-01");
    assertThat(r.nextDate()).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(r.nextDate()).isEqualTo(LocalDate.of(12345, 6, 7));
    assertThat(r.nextDate()).isEqualTo(LocalDate.of(1, 1, 1));
  }

  @Test
  void a_column_repeating_the_previous_row_is_parsed_once() {
    AtomicInteger parsed = new AtomicInteger();
    CopyTextRow r = new CopyTextRow(1);
    String[] values = {"SA-01", "SA-01", "SA-02", "SA-02", "SA-01"};
    String[] seen = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      r.start((values[i] + "\n").getBytes(StandardCharsets.UTF_8));
      seen[i] =
          r.cached(
              0,
              s -> {
                parsed.incrementAndGet();
                return s;
              });
    }
    assertThat(seen).containsExactly(values);
    assertThat(parsed).hasValue(3);
  }

  @Test
  void damaged_fields_are_refused() {
    assertThatThrownBy(() -> row("9223372036854775808").nextLong())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("-9223372036854775809").nextLong())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("12a").nextLong()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("").nextLong()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("-").nextLong()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("2147483648").nextInt()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("x").nextBoolean()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("2025-02-30").nextDate())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("2025/02/01").nextDate())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("ab\\").nextText()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row("a\\q").nextText()).isInstanceOf(IllegalStateException.class);
    CopyTextRow one = row("1");
    one.nextLong();
    assertThatThrownBy(one::nextLong).isInstanceOf(IllegalStateException.class);
  }
}
