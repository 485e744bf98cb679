package org.tatawwu.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.tatawwu.validation.InvalidValueException;

class BitstringStatusListTest {
  @Test
  void bit_zero_is_the_most_significant_bit_of_the_first_byte() throws Exception {
    BitstringStatusList list = BitstringStatusList.ofSize(131_072).revoke(0).revoke(9);
    String encoded = list.encode();
    assertThat(encoded).startsWith("u");
    byte[] gz = java.util.Base64.getUrlDecoder().decode(encoded.substring(1));
    byte[] bits = new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes();
    assertThat(bits).hasSize(16_384);
    assertThat(bits[0]).isEqualTo((byte) 0x80);
    assertThat(bits[1]).isEqualTo((byte) 0x40);
    assertThat(BitstringStatusList.decode(encoded)).isEqualTo(list);
    assertThat(list.isRevoked(0)).isTrue();
    assertThat(list.isRevoked(1)).isFalse();
    assertThat(list.isRevoked(9)).isTrue();
    assertThat(list.revoke(9)).isEqualTo(list);
  }

  @Test
  void rejects_bad_sizes_indices_and_encodings() {
    assertThatThrownBy(() -> BitstringStatusList.ofSize(1024))
        .isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("code", "statusList.size");
    BitstringStatusList list = BitstringStatusList.ofSize(131_072);
    assertThatThrownBy(() -> list.revoke(131_072))
        .hasFieldOrPropertyWithValue("code", "statusList.index");
    assertThatThrownBy(() -> list.isRevoked(-1))
        .hasFieldOrPropertyWithValue("code", "statusList.index");
    assertThatThrownBy(() -> BitstringStatusList.decode("uAAAA"))
        .hasFieldOrPropertyWithValue("code", "statusList.encoding");
    assertThatThrownBy(() -> BitstringStatusList.decode("zAAAA"))
        .hasFieldOrPropertyWithValue("code", "statusList.encoding");
  }
}
