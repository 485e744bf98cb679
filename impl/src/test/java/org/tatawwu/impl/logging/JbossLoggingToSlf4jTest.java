package org.tatawwu.impl.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.jboss.logging.Logger;
import org.jboss.logging.LoggerProvider;
import org.junit.jupiter.api.Test;

class JbossLoggingToSlf4jTest {
  @Test
  void jboss_logging_finds_the_provider_through_the_service_loader() {
    assertThat(ServiceLoader.load(LoggerProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(JbossLoggingToSlf4j.class);
  }

  @Test
  void hibernate_validators_loggers_are_slf4j_loggers_without_logback_and_without_a_property() {
    assertThat(System.getProperty("org.jboss.logging.provider")).isNull();
    Logger logger = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    // JBoss Logging's own SLF4J loggers (Slf4jLogger or Slf4jLocationAwareLogger), not JDKLogger
    assertThat(logger.getClass().getName()).startsWith("org.jboss.logging.Slf4j");
  }

  @Test
  void the_nested_diagnostic_context_is_kept_per_thread() {
    JbossLoggingToSlf4j provider = new JbossLoggingToSlf4j();
    provider.pushNdc("outer");
    provider.pushNdc("inner");
    assertThat(provider.getNdcDepth()).isEqualTo(2);
    assertThat(provider.popNdc()).isEqualTo("inner");
    assertThat(provider.peekNdc()).isEqualTo("outer");
    provider.clearNdc();
    assertThat(provider.getNdcDepth()).isZero();
  }
}
