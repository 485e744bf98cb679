package org.tatawwu.text;

/** A reason why a piece of user-typed text is not safe to store and show. */
public enum TextProblem {
  /** Empty, or only white space. */
  BLANK,
  /** Contains a bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). */
  BIDI_CONTROL,
  /** Contains an invisible zero-width character (U+200B–U+200D, U+2060, U+FEFF). */
  ZERO_WIDTH,
  /** Contains a control character (C0, C1 or DEL), a line or paragraph separator. */
  CONTROL_CHARACTER,
  /** Has no letter or digit at all: only tatweel (U+0640), diacritics or punctuation. */
  NO_LETTERS,
  /** Contains an unpaired surrogate or a non-character. */
  MALFORMED
}
