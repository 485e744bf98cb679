package org.tatawwu.impl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules. Each was checked to fail the build when broken: see {@code
 * ArchitectureRulesBreakTest}, which applies them to deliberately broken classes.
 */
class ArchitectureTest {
  static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tatawwu");

  /** The API never depends on the implementation. */
  static final ArchRule API_INDEPENDENT_OF_IMPL =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.tatawwu.impl..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.tatawwu.impl..")
          .as("the API never depends on the implementation");

  /** No cycles between feature packages. */
  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("org.tatawwu.(**)").should().beFreeOfCycles().as("no package cycles");

  /** Library code never writes to the console. */
  static final ArchRule NO_CONSOLE =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(Throwable.class, "printStackTrace")
          .as("library code never writes to System.out/System.err nor calls printStackTrace");

  /** Time comes from a Clock or an Instant: no bare now(). */
  static final ArchRule NO_BARE_NOW =
      noClasses()
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.ZonedDateTime.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .as("time comes from a Clock or an explicit Instant, never a bare now()");

  @Test
  void api_never_depends_on_impl() {
    API_INDEPENDENT_OF_IMPL.check(PRODUCTION);
  }

  @Test
  void packages_are_free_of_cycles() {
    NO_PACKAGE_CYCLES.check(PRODUCTION);
  }

  @Test
  void library_code_never_writes_to_the_console() {
    NO_CONSOLE.check(PRODUCTION);
  }

  @Test
  void time_comes_from_a_clock() {
    NO_BARE_NOW.check(PRODUCTION);
  }
}
