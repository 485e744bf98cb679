package org.tatawwu.impl.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tatawwu.hours.HourEntry;
import org.tatawwu.hours.HourLedger;

/** Keys with equal hashes stay apart; the table grows without losing a key. */
class KeyIndexTest {
  /** Strings of "Aa" and "BB" blocks: every one of them has the same String.hashCode. */
  static List<String> colliding(int blocks) {
    List<String> out = new ArrayList<>(List.of(""));
    for (int i = 0; i < blocks; i++) {
      List<String> next = new ArrayList<>();
      for (String s : out) {
        next.add(s + "Aa");
        next.add(s + "BB");
      }
      out = next;
    }
    return out;
  }

  @Test
  void keys_with_one_hash_are_told_apart_by_their_text() {
    List<String> keys = colliding(4); // 16 keys, one hash
    assertThat(keys.stream().map(String::hashCode).distinct()).hasSize(1);
    KeyIndex index = new KeyIndex();
    for (int i = 0; i < keys.size(); i++) {
      assertThat(index.get(keys.get(i))).as("before " + keys.get(i)).isZero();
      index.put(keys.get(i), i + 1);
    }
    for (int i = 0; i < keys.size(); i++) {
      assertThat(index.get(keys.get(i))).isEqualTo(i + 1);
      assertThat(index.key(i + 1)).isEqualTo(keys.get(i));
    }
    assertThat(index.get("AaAaAaA")).isZero(); // a prefix
    assertThat(index.get("AaAaAaAaAa")).isZero(); // longer, same blocks
    assertThat(index.size()).isEqualTo(16);
  }

  @Test
  void a_growing_table_keeps_every_key_and_refuses_a_second_key_for_an_entry() {
    KeyIndex index = new KeyIndex();
    for (int n = 1; n <= 50_000; n++) {
      index.put("k-" + n, n);
    }
    for (int n = 1; n <= 50_000; n++) {
      assertThat(index.get("k-" + n)).isEqualTo(n);
    }
    assertThat(index.get("k-0")).isZero();
    assertThatThrownBy(() -> index.put("other", 7)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_ledger_keeps_colliding_keys_as_different_submissions() {
    HourLedger ledger = LedgerFixture.ledger();
    HourEntry aa =
        ledger.submit(
            LedgerFixture.claim(
                "AaAa", LedgerFixture.SARA, "2025-03-10T08:00", "2025-03-10T09:00"));
    HourEntry bb =
        ledger.submit(
            LedgerFixture.claim(
                "BBBB", LedgerFixture.SARA, "2025-03-10T10:00", "2025-03-10T11:00"));
    assertThat(bb.id()).isNotEqualTo(aa.id());
    assertThat(ledger.size()).isEqualTo(2);
  }
}
