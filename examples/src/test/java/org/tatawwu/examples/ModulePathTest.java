package org.tatawwu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the library on the JPMS module path in a fresh JVM: tatawwu-api and tatawwu-impl as named
 * modules, Hibernate Validator finding the constraint validators through {@code provides}, and the
 * Arabic and English bundles loading from inside the named module. (Every other test runs on the
 * class path.)
 */
class ModulePathTest {
  private static final List<String> MODULE_JARS =
      List.of(
          "tatawwu-api",
          "/api/target/classes",
          "tatawwu-impl",
          "/impl/target/classes",
          "jakarta.validation-api",
          "hibernate-validator",
          "jboss-logging",
          "classmate",
          "expressly",
          "jakarta.el-api",
          "slf4j-api",
          "slf4j-simple",
          "jspecify");

  @Test
  void the_library_works_on_the_module_path() throws Exception {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String entry : cp.split(Pattern.quote(File.pathSeparator), -1)) {
      String unix = entry.replace('\\', '/');
      if (MODULE_JARS.stream().anyMatch(unix::contains)) {
        modulePath.add(entry);
      } else if (unix.endsWith("/examples/target/test-classes")
          || unix.endsWith("/examples/target/classes")) {
        classPath.add(entry);
      }
    }
    assertThat(modulePath).hasSizeGreaterThanOrEqualTo(10);
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            Arrays.asList(
                java.toString(),
                "--module-path",
                String.join(File.pathSeparator, modulePath),
                "--add-modules",
                "org.tatawwu.impl,jakarta.el,org.glassfish.expressly",
                "-cp",
                String.join(File.pathSeparator, classPath),
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                ModulePathProbe.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("api-module=org.tatawwu.api")
        .contains("impl-module=org.tatawwu.impl")
        .contains("validator-module=org.tatawwu.impl")
        .contains("fields=32")
        .contains("en:nationalId:the check digit does not match: please check the number")
        .contains(
            "en:mobile:this number is not in a Saudi mobile range: Saudi mobile numbers start"
                + " with 050, 051, 053 to 056, 058, 059, 0570 to 0578, 05790 or 05791")
        .contains("ar:nationalId:رقم التحقق غير مطابق: يُرجى مراجعة الرقم")
        .contains(
            "ar:mobile:هذا الرقم ليس ضمن نطاقات الجوال السعودية: تبدأ أرقام الجوال السعودية بـ 050"
                + " أو 051 أو من 053 إلى 056 أو 058 أو 059 أو من 0570 إلى 0578 أو 05790 أو 05791")
        // Hibernate Validator's logging goes to SLF4J on the module path too
        .doesNotContainPattern("(?m)^(SEVERE|WARNING|INFO|CONFIG|FINE): ");
  }
}
