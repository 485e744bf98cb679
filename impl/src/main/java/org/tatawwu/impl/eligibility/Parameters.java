package org.tatawwu.impl.eligibility;

import java.util.Locale;
import java.util.Set;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.validation.InvalidValueException;

/** Reads a criterion's text parameters, rejecting unknown names and malformed values. */
final class Parameters {
  private final CriterionSpec spec;

  Parameters(CriterionSpec spec, Set<String> known) {
    this.spec = spec;
    for (String name : spec.parameters().keySet()) {
      if (!known.contains(name)) {
        throw new InvalidValueException(
            "policy.parameter",
            "criterion " + spec.type() + " has no parameter " + name + " (known: " + known + ")");
      }
    }
  }

  int integer(String name, int fallback, int min, int max) {
    String text = spec.parameter(name).orElse(null);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidValueException(
        "policy.parameter",
        "criterion "
            + spec.type()
            + ": "
            + name
            + " must be a whole number from "
            + min
            + " to "
            + max);
  }

  boolean bool(String name, boolean fallback) {
    String text = spec.parameter(name).orElse(null);
    if (text == null) {
      return fallback;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidValueException(
              "policy.parameter",
              "criterion " + spec.type() + ": " + name + " must be true or false");
    };
  }

  <E extends Enum<E>> E enumeration(String name, Class<E> type, E fallback) {
    String text = spec.parameter(name).orElse(null);
    if (text == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text.strip())) {
        return e;
      }
    }
    throw new InvalidValueException(
        "policy.parameter",
        "criterion "
            + spec.type()
            + ": "
            + name
            + " must be one of "
            + java.util.Arrays.toString(type.getEnumConstants()));
  }
}
