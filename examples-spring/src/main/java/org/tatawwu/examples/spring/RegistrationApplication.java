package org.tatawwu.examples.spring;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.tatawwu.Tatawwu;
import org.tatawwu.validation.InputValidator;

/** The example application: one endpoint, {@code POST /registrations}. */
@SpringBootApplication
public class RegistrationApplication {
  /** Creates the application (for Spring). */
  public RegistrationApplication() {}

  /**
   * Tatawwu's validator, one per application: it is thread-safe.
   *
   * @return the validator
   */
  @Bean
  public InputValidator tatawwuValidator() {
    return Tatawwu.validator(Clock.system(ZoneId.of("Asia/Riyadh")));
  }

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(RegistrationApplication.class, args);
  }
}
