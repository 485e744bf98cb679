package org.tatawwu.text;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks, normalises and folds text that people type: names, titles, descriptions.
 *
 * <p>Nothing here silently strips characters: {@link #problems(CharSequence)} reports what is wrong
 * so that the person can be told. Only {@link #normalize(CharSequence)} rewrites text, and only in
 * ways that preserve what it says (Unicode NFC, trimmed and collapsed white space).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SafeText {
  private static final char TATWEEL = '\u0640';

  private SafeText() {}

  /**
   * Lists what makes the text unsafe to store and show, in declaration order of {@link
   * TextProblem}.
   *
   * <p>Complexity: O(n) in the length of the text.
   *
   * @param text the text, not null
   * @return the problems; empty when the text is acceptable
   */
  public static Set<TextProblem> problems(CharSequence text) {
    EnumSet<TextProblem> found = EnumSet.noneOf(TextProblem.class);
    boolean hasLetterOrDigit = false;
    boolean blank = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int cp;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          cp = Character.toCodePoint(c, text.charAt(i + 1));
          i += 2;
        } else {
          found.add(TextProblem.MALFORMED);
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        found.add(TextProblem.MALFORMED);
        i++;
        continue;
      } else {
        cp = c;
        i++;
      }
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        blank = false;
      }
      if (isBidiControl(cp)) {
        found.add(TextProblem.BIDI_CONTROL);
      } else if (isZeroWidth(cp)) {
        found.add(TextProblem.ZERO_WIDTH);
      } else if ((Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r')
          || cp == '\u2028'
          || cp == '\u2029') {
        found.add(TextProblem.CONTROL_CHARACTER);
      } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
        found.add(TextProblem.MALFORMED);
      } else if (cp != TATWEEL && Character.isLetterOrDigit(cp)) {
        hasLetterOrDigit = true;
      }
    }
    if (blank) {
      found.add(TextProblem.BLANK);
    } else if (!hasLetterOrDigit) {
      found.add(TextProblem.NO_LETTERS);
    }
    return found;
  }

  /**
   * Returns whether the text has none of the {@link TextProblem}s.
   *
   * @param text the text, not null
   * @return true when the text is safe
   */
  public static boolean isSafe(CharSequence text) {
    return problems(text).isEmpty();
  }

  /**
   * Normalises text for storage: Unicode NFC, Eastern Arabic-Indic and Persian digits kept as
   * typed, white space runs collapsed to one space, trimmed.
   *
   * @param text the text, not null
   * @return the normalised text
   */
  public static String normalize(CharSequence text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Removes white space from both ends: every character that is Java white space or a Unicode space
   * separator (so also the no-break spaces U+00A0, U+2007 and U+202F, which {@link String#strip()}
   * keeps). Every parser of this library strips its input this way.
   *
   * @param text the text, not null
   * @return the text without surrounding white space
   */
  public static String strip(CharSequence text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(start, end).toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Counts the letters a reader sees: code points that are letters or digits, not combining marks
   * (Arabic diacritics) and not tatweel. {@code "مُحَمَّد"} has 8 UTF-16 units and 4 letters.
   *
   * @param text the text, not null
   * @return the number of letters and digits
   */
  public static int letterCount(CharSequence text) {
    return (int)
        text.codePoints().filter(cp -> cp != TATWEEL && Character.isLetterOrDigit(cp)).count();
  }

  /**
   * Removes the Unicode direction isolates (U+2066 LEFT-TO-RIGHT ISOLATE, U+2067 RIGHT-TO-LEFT
   * ISOLATE, U+2068 FIRST STRONG ISOLATE, U+2069 POP DIRECTIONAL ISOLATE). Tatawwu's Arabic
   * messages wrap every inserted value in U+2068 … U+2069 so that it keeps its place on screen; for
   * logs, JSON, search and comparisons the plain text is better.
   *
   * @param text the text, not null
   * @return the text without direction isolates
   */
  public static String withoutIsolates(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u2066' || c > '\u2069') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Replaces Eastern Arabic-Indic digits (U+0660–U+0669) and Persian digits (U+06F0–U+06F9) by
   * ASCII digits; every other character is kept.
   *
   * @param text the text, not null
   * @return the text with ASCII digits
   */
  public static String toAsciiDigits(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        out.append((char) ('0' + (c - '\u0660')));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        out.append((char) ('0' + (c - '\u06F0')));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Folds text for de-duplication and search, never for display: NFKC, lower case, Arabic
   * diacritics and tatweel removed, Farsi Yeh (ی) and Alef Maksura (ى) to Yeh (ي), Keheh (ک) to Kaf
   * (ك), Alef with hamza or madda (أ إ آ ٱ) to Alef (ا), Teh Marbuta (ة) to Heh (ه), digits to
   * ASCII, white space collapsed. Two names that fold equal are likely the same name.
   *
   * @param text the text, not null
   * @return the folded key
   */
  public static String fold(CharSequence text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (c == TATWEEL
          || (c >= '\u064B' && c <= '\u065F')
          || c == '\u0670'
          || isZeroWidth(c)
          || isBidiControl(c)) {
        continue;
      }
      switch (c) {
        case '\u06CC', '\u0649' -> out.append('\u064A');
        case '\u06A9' -> out.append('\u0643');
        case '\u0623', '\u0625', '\u0622', '\u0671' -> out.append('\u0627');
        case '\u0629' -> out.append('\u0647');
        default -> out.append(Character.toLowerCase(c));
      }
    }
    return normalize(toAsciiDigits(out));
  }

  static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C;
  }

  static boolean isZeroWidth(int cp) {
    return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
  }
}
