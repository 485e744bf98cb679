package org.tatawwu.privacy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tatawwu.validation.InvalidValueException;

/**
 * The one place where every component of every model record is given its {@link DataCategory}.
 * Redaction, the purpose guard, a volunteer's copy and retention all read it. Obtain the library's
 * from {@link Privacy#classification()}; it covers every public record of the API.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Classification {
  /**
   * Returns the category of a component, if classified.
   *
   * @param component the component, not null
   * @return the category, or empty when the component is not classified
   */
  Optional<DataCategory> find(ModelComponent component);

  /**
   * Returns the category of a component.
   *
   * @param component the component, not null
   * @return the category
   * @throws InvalidValueException with code {@code privacy.unclassified} if it is not classified
   */
  DataCategory categoryOf(ModelComponent component);

  /**
   * Returns the category of a component of a record.
   *
   * @param model the record class, not null
   * @param component the component's name, not null
   * @return the category
   * @throws InvalidValueException with code {@code privacy.component.unknown} if the record has no
   *     such component, or {@code privacy.unclassified} if it is not classified
   */
  default DataCategory categoryOf(Class<? extends Record> model, String component) {
    return categoryOf(ModelComponent.of(model, component));
  }

  /**
   * Returns every classified component with its category.
   *
   * @return an unmodifiable map, in a stable order (by record name, then component order)
   */
  Map<ModelComponent, DataCategory> entries();

  /**
   * Returns the components of one category.
   *
   * @param category the category, not null
   * @return an unmodifiable set, in the order of {@link #entries()}
   */
  Set<ModelComponent> components(DataCategory category);
}
