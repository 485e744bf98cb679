package org.tatawwu.impl.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.tatawwu.impl.architecture.broken.ConsoleWriter;
import org.tatawwu.impl.architecture.broken.UsesBareNow;
import org.tatawwu.impl.architecture.broken.cycle.a.A;
import org.tatawwu.impl.architecture.broken.cycle.b.B;

/**
 * Proves each architecture rule fails when broken, by applying it to small classes that break it.
 * (The rule that the API never depends on impl is shown broken by {@code
 * org.tatawwu.brokenapi.ApiUsingImpl}, a test class outside {@code org.tatawwu.impl}.)
 */
class ArchitectureRulesBreakTest {

  @Test
  void console_rule_fails_on_a_class_that_prints() {
    JavaClasses broken = new ClassFileImporter().importClasses(ConsoleWriter.class);
    assertThatThrownBy(() -> ArchitectureTest.NO_CONSOLE.check(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("System.out");
  }

  @Test
  void cycle_rule_fails_on_two_packages_that_use_each_other() {
    JavaClasses broken = new ClassFileImporter().importClasses(A.class, B.class);
    assertThatThrownBy(() -> ArchitectureTest.NO_PACKAGE_CYCLES.check(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle");
  }

  @Test
  void clock_rule_fails_on_a_bare_now() {
    JavaClasses broken = new ClassFileImporter().importClasses(UsesBareNow.class);
    assertThatThrownBy(() -> ArchitectureTest.NO_BARE_NOW.check(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("now");
  }

  @Test
  void api_rule_fails_on_an_api_class_that_uses_impl() {
    JavaClasses broken =
        new ClassFileImporter().importClasses(org.tatawwu.brokenapi.ApiUsingImpl.class);
    assertThatThrownBy(() -> ArchitectureTest.API_INDEPENDENT_OF_IMPL.check(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.tatawwu.impl");
  }
}
