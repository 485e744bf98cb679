package org.tatawwu.field;

import java.util.List;
import java.util.Objects;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.InvalidValueException;

/**
 * A volunteering field (مجال) and its sub-fields. A sub-field is a {@code Field} with no sub-fields
 * of its own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, not null
 * @param name the Arabic and English names, not null
 * @param subFields the sub-fields, each code prefixed by this code and a dot; not null
 */
public record Field(FieldCode code, BilingualText name, List<Field> subFields) {
  /**
   * Checks the sub-fields' codes.
   *
   * @param code the stable code, not null
   * @param name the Arabic and English names, not null
   * @param subFields the sub-fields, each code prefixed by this code and a dot; not null
   */
  public Field {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    subFields = List.copyOf(subFields);
    for (Field sub : subFields) {
      if (!sub.code.value().startsWith(code.value() + ".") || !sub.subFields.isEmpty()) {
        throw new InvalidValueException(
            "field.subField", "a sub-field's code must start with its field's code and a dot");
      }
    }
  }
}
