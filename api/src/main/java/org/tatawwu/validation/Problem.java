package org.tatawwu.validation;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in user input: where it is, a stable code and a message in the requested
 * language. The message never contains the rejected value.
 *
 * <p>This class is immutable, thread-safe and serialisable; its serialised form is its components.
 *
 * @serial exclude
 * @param path property path within the validated object, for example {@code mobile} or {@code
 *     shifts[2].capacity}; empty for the object as a whole; not null
 * @param code stable code, the constraint's simple name (for example {@code NationalIdNumber}) or a
 *     domain reason code; not null
 * @param message localised, human-readable message; not null
 */
@SuppressWarnings("InvalidBlockTag") // "@serial exclude" on a type is standard Javadoc
public record Problem(String path, String code, String message) implements Serializable {
  /**
   * Validates the components.
   *
   * @param path property path within the validated object, for example {@code mobile} or {@code
   *     shifts[2].capacity}; empty for the object as a whole; not null
   * @param code stable code, the constraint's simple name (for example {@code NationalIdNumber}) or
   *     a domain reason code; not null
   * @param message localised, human-readable message; not null
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the message without the invisible direction isolates (U+2068 … U+2069) that Arabic
   * messages put around inserted values: for logs, JSON and machine use. {@link #message()} keeps
   * them, for people.
   *
   * @return the plain message, not null
   */
  public String plainMessage() {
    StringBuilder out = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c < '\u2066' || c > '\u2069') { // LRI, RLI, FSI, PDI
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
  }
}
