package org.tatawwu.privacy;

import java.lang.reflect.RecordComponent;
import java.util.Objects;
import org.tatawwu.validation.InvalidValueException;

/**
 * One component of a model record, for example {@code Volunteer.location}: the key of the {@link
 * Classification}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param model the record class, not null
 * @param component the name of one of its components, not null
 */
public record ModelComponent(Class<? extends Record> model, String component) {
  /**
   * Checks that the record has the component.
   *
   * @param model the record class, not null
   * @param component the name of one of its components, not null
   * @throws InvalidValueException with code {@code privacy.component.unknown} if the record has no
   *     component of that name
   */
  public ModelComponent {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(component, "component");
    boolean found = false;
    for (RecordComponent c : model.getRecordComponents()) {
      found |= c.getName().equals(component);
    }
    if (!found) {
      throw new InvalidValueException(
          "privacy.component.unknown", "the record has no component of that name");
    }
  }

  /**
   * Returns the component of a record.
   *
   * @param model the record class, not null
   * @param component the name of one of its components, not null
   * @return the key
   * @throws InvalidValueException with code {@code privacy.component.unknown} if the record has no
   *     component of that name
   */
  public static ModelComponent of(Class<? extends Record> model, String component) {
    return new ModelComponent(model, component);
  }

  /**
   * Returns the key as {@code SimpleName.component}, for example {@code Volunteer.location}.
   *
   * @return the text, never personal data
   */
  @Override
  public String toString() {
    return model.getSimpleName() + "." + component;
  }
}
