package org.tatawwu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON text for every document reader of this module: a text is exactly one JSON value.
 * Anything after that value but JSON's own white space (space, tab, line feed, carriage return; RFC
 * 8259) — a second document, a stray bracket, a NUL, a comment — makes the text unreadable, so a
 * document can never be read differently by a reader that stops at the first value and one that
 * does not. For the same reason an object's member names are unique (I-JSON, RFC 7493): a name
 * given twice makes the text unreadable rather than letting the last one silently win. A reader
 * handed in is never closed.
 *
 * <p>This class is stateless and thread-safe.
 */
final class JsonText {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonText() {}

  /**
   * Reads one JSON value from text.
   *
   * @param text the text, not null
   * @return the value (objects as maps, arrays as lists), {@code null} for JSON's null
   * @throws IOException if the text is not exactly one JSON value, or an object names a member
   *     twice
   */
  static @Nullable Object value(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return single(parser);
    }
  }

  /**
   * Reads one JSON object from text.
   *
   * @param text the text, not null
   * @return the object's members, or {@code null} if the value is not an object
   * @throws IOException if the text is not exactly one JSON value
   */
  static @Nullable Map<String, Object> object(String text) throws IOException {
    return asObject(value(text));
  }

  /**
   * Reads one JSON object from a reader, which is left open.
   *
   * @param reader the reader, not null; not closed
   * @return the object's members, or {@code null} if the value is not an object
   * @throws IOException if the reader fails or its text is not exactly one JSON value
   */
  static @Nullable Map<String, Object> object(Reader reader) throws IOException {
    try (JsonParser parser = FACTORY.createParser(reader)) {
      return asObject(single(parser));
    }
  }

  private static @Nullable Object single(JsonParser parser) throws IOException {
    Object value = JSON.std.anyFrom(parser);
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "content after the JSON value");
    }
    return value;
  }

  private static @Nullable Map<String, Object> asObject(@Nullable Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return null;
    }
    @SuppressWarnings("unchecked") // jackson-jr reads JSON objects as maps with string keys
    Map<String, Object> members = (Map<String, Object>) map;
    return members;
  }
}
