package org.tatawwu.json;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tatawwu.privacy.SubjectCopy;

/**
 * A volunteer's copy of their data as a JSON document: the machine-readable form the Personal Data
 * Protection Law's right of access asks for. The document is {@code {"format":
 * "tatawwu-subject-copy/1", "copy": ...}} with the copy's {@linkplain SubjectCopy#toTree() tree}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SubjectCopyDocuments {
  /** The document's format name and version. */
  public static final String FORMAT = "tatawwu-subject-copy/1";

  private SubjectCopyDocuments() {}

  /**
   * Writes a copy as a pretty-printed JSON document, in UTF-16 text (write it out as UTF-8).
   *
   * @param copy the copy, not null
   * @return the document
   * @throws UncheckedIOException if jackson-jr fails to write it
   */
  public static String toJson(SubjectCopy copy) {
    Map<String, @Nullable Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("copy", copy.toTree());
    try {
      return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
