package org.tatawwu.text;

/**
 * A reason why a piece of user-typed text is not safe to store and show.
 *
 * <p>Each constant carries the stable code that error codes and message keys use for it ({@code
 * text.noLetters}, {@code org.tatawwu.constraints.CleanText.noLetters}).
 */
public enum TextProblem {
  /** Empty, or only white space. */
  BLANK("blank"),
  /** Contains a bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). */
  BIDI_CONTROL("bidiControl"),
  /** Contains an invisible zero-width character (U+200B–U+200D, U+2060, U+FEFF). */
  ZERO_WIDTH("zeroWidth"),
  /** Contains a control character (C0, C1 or DEL), a line or paragraph separator. */
  CONTROL_CHARACTER("controlCharacter"),
  /** Has no letter or digit at all: only tatweel (U+0640), diacritics or punctuation. */
  NO_LETTERS("noLetters"),
  /** Contains an unpaired surrogate or a non-character. */
  MALFORMED("malformed");

  private final String code;

  TextProblem(String code) {
    this.code = code;
  }

  /**
   * Returns the problem's stable code, in lower camel case, for example {@code noLetters}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }
}
