package org.tatawwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The api module's tests run without {@code tatawwu-impl}: every factory of {@link Tatawwu} must
 * fail, on every call, with the same documented exception and message.
 */
class TatawwuWithoutImplementationTest {

  @Test
  void the_implementation_is_absent_from_this_class_path() {
    assertThatThrownBy(() -> Class.forName("org.tatawwu.impl.hours.DefaultHourLedgerProvider"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void every_factory_fails_on_every_call_with_the_same_clear_exception() throws Exception {
    List<Method> factories = new ArrayList<>();
    for (Method m : Tatawwu.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
        factories.add(m);
      }
    }
    assertThat(factories).hasSizeGreaterThanOrEqualTo(10);
    for (Method factory : factories) {
      Throwable first = failureOf(factory);
      Throwable second = failureOf(factory);
      assertThat(first).as(factory.toString()).isInstanceOf(ImplementationNotFoundException.class);
      assertThat(second).as(factory.toString()).isInstanceOf(ImplementationNotFoundException.class);
      assertThat(second.getMessage()).isEqualTo(first.getMessage());
      assertThat(first.getMessage())
          .startsWith("No implementation of org.tatawwu.spi.")
          .endsWith(
              "ProviderSpi was found: add org.tatawwu:tatawwu-impl (module org.tatawwu.impl) to"
                  + " the class path or module path at run time");
      assertThat(((ImplementationNotFoundException) first).service())
          .startsWith("org.tatawwu.spi.")
          .endsWith("ProviderSpi");
    }
  }

  @Test
  void names_the_missing_service_interface() {
    assertThatThrownBy(
            () -> Tatawwu.assignmentSolver(org.tatawwu.matching.AssignmentSolver.Mode.EXACT))
        .isInstanceOf(ImplementationNotFoundException.class)
        .hasMessage(
            "No implementation of org.tatawwu.spi.MatchingProviderSpi was found: add"
                + " org.tatawwu:tatawwu-impl (module org.tatawwu.impl) to the class path or"
                + " module path at run time");
  }

  private static Throwable failureOf(Method factory) throws IllegalAccessException {
    Object[] arguments = new Object[factory.getParameterCount()];
    Arrays.fill(arguments, null);
    try {
      factory.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause != null) {
        return cause;
      }
    }
    throw new AssertionError(factory + " returned without an implementation");
  }
}
