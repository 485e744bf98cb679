package org.tatawwu.impl.validation;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Tatawwu's message bundles, in English and Arabic with identical keys: {@code
 * org/tatawwu/impl/validation/Messages_en.properties} and {@code Messages_ar.properties}. Loaded
 * from this module, so they work on the class path and the module path.
 */
public final class Messages {
  /** The bundles' base name. */
  public static final String BASE_NAME = "org.tatawwu.impl.validation.Messages";

  private Messages() {}

  /**
   * Returns the language Tatawwu answers in: Arabic for any {@code ar} locale, English otherwise.
   *
   * @param requested the requested locale, not null
   * @return {@code ar} or {@code en}
   */
  public static Locale supported(Locale requested) {
    return "ar".equals(requested.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
  }

  /**
   * Returns the bundle for a locale (Arabic or English, never the JVM's default).
   *
   * @param locale the requested locale, not null
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BASE_NAME, supported(locale));
  }
}
