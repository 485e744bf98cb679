package org.tatawwu.credentials;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tatawwu.validation.InvalidValueException;

/**
 * JSON text in and out (jackson-jr), and the JSON Canonicalization Scheme of RFC 8785 ({@link
 * Jcs}). Parsing refuses duplicate member names, as I-JSON (RFC 7493) and so RFC 8785 require: two
 * readers must never see two different documents in one text. For the same reason a text is one
 * JSON value and nothing else: anything after it but JSON's own white space (space, tab, line feed,
 * carriage return) — a second value, a stray bracket, a NUL — makes the text unreadable.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Json {
  /** The largest document read: far above any credential or status list credential. */
  static final int MAX_CHARS = 1 << 20;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final JSON READER = JSON.builder(FACTORY).build();

  private Json() {}

  /**
   * Reads a JSON object.
   *
   * @param text the JSON text, not null
   * @return the object, its members in document order
   * @throws InvalidValueException with code {@code credential.json} if the text is not one JSON
   *     object with unique member names
   */
  static Map<String, Object> object(String text) {
    if (text.length() > MAX_CHARS) {
      throw new InvalidValueException("credential.json", "the document is too long");
    }
    try {
      if (!(single(text) instanceof Map<?, ?> map)) {
        throw new InvalidValueException("credential.json", "the document is not a JSON object");
      }
      @SuppressWarnings("unchecked") // jackson-jr reads JSON objects as maps with string keys
      Map<String, Object> members = (Map<String, Object>) map;
      return members;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidValueException ive) {
        throw ive;
      }
      throw new InvalidValueException("credential.json", "the document is not a JSON object");
    }
  }

  /**
   * Reads exactly one JSON value: trailing white space is allowed, anything else after the value is
   * not.
   *
   * @param text the JSON text, not null
   * @return the value ({@code null} for JSON's null)
   * @throws IOException if the text is not one JSON value
   */
  private static @Nullable Object single(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      Object value = READER.anyFrom(parser);
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "content after the JSON value");
      }
      return value;
    }
  }

  /**
   * Writes a JSON value compactly.
   *
   * @param value maps, lists, strings, numbers, booleans; not null
   * @return the text
   */
  static String write(Object value) {
    try {
      return JSON.std.asString(value);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Writes a JSON value for people, indented.
   *
   * @param value maps, lists, strings, numbers, booleans; not null
   * @return the text
   */
  static String pretty(Object value) {
    try {
      return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(value);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Canonicalises a JSON value (RFC 8785).
   *
   * @param value maps, lists, strings, numbers, booleans; not null
   * @return the canonical UTF-8 bytes
   * @throws InvalidValueException with code {@code credential.json} if it holds a value JCS cannot
   *     express (a number outside IEEE 754 double range, a lone surrogate)
   */
  static byte[] canonical(Object value) {
    return Jcs.canonicalize(value);
  }

  /**
   * Canonicalises JSON text (RFC 8785).
   *
   * @param text the JSON text, not null
   * @return the canonical UTF-8 bytes
   * @throws InvalidValueException with code {@code credential.json} if it is not JSON with unique
   *     member names, or holds what JCS cannot express
   */
  static byte[] canonical(String text) {
    if (text.length() > MAX_CHARS) {
      throw new InvalidValueException("credential.json", "the document is too long");
    }
    @Nullable Object value;
    try {
      value = single(text);
    } catch (IOException | RuntimeException e) {
      throw new InvalidValueException("credential.json", "the text is not JSON");
    }
    return Jcs.canonicalize(value);
  }
}
