package org.tatawwu.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For fuzz targets: a parser's message depends on its code only, so it cannot carry any of the
 * rejected text. The first message seen for a code is remembered; every later one must equal it.
 */
public final class ConstantMessages {
  private final Map<String, String> byCode = new ConcurrentHashMap<>();

  /** Creates an empty record of messages. */
  public ConstantMessages() {}

  /**
   * Checks an exception against the messages seen before.
   *
   * @param e the exception, not null
   * @param codePrefix the prefix every code of this parser has, for example {@code money.}
   */
  public void check(InvalidValueException e, String codePrefix) {
    assertThat(e.code()).startsWith(codePrefix);
    String message = String.valueOf(e.getMessage());
    assertThat(byCode.computeIfAbsent(e.code(), c -> message))
        .as("the message of %s is the same for every input", e.code())
        .isEqualTo(message);
  }
}
