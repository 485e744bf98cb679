package org.tatawwu.validation;

import java.util.regex.Pattern;

/**
 * For fuzz targets' models: the white space every parser of the library ignores around its input,
 * as documented on {@code SafeText.strip}: Java white space and every Unicode separator (so also
 * the no-break spaces U+00A0, U+2007 and U+202F, which {@link String#strip()} keeps). Written as a
 * regular expression, independently of the library's own loop.
 */
public final class ParserSpace {
  private static final Pattern SURROUNDING =
      Pattern.compile("^[\\p{javaWhitespace}\\p{Z}]+|[\\p{javaWhitespace}\\p{Z}]+$");

  private ParserSpace() {}

  /**
   * Removes the surrounding white space a parser ignores.
   *
   * @param text the text, not null
   * @return the text without it
   */
  public static String strip(String text) {
    return SURROUNDING.matcher(text).replaceAll("");
  }
}
