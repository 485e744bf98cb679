package org.tatawwu.examples.spring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.InvalidInputException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;
import org.tatawwu.volunteer.VolunteerRegistration;

/**
 * Validates a registration with Tatawwu's constraints and answers in the language of {@code
 * Accept-Language} (Arabic for {@code ar}, English otherwise): 201 with the new volunteer's id, or
 * 422 with every problem at once. No personal data is echoed back.
 */
@RestController
public class RegistrationController {
  private final InputValidator validator;
  private final AtomicLong ids = new AtomicLong();

  /**
   * Creates the controller.
   *
   * @param validator Tatawwu's validator
   */
  public RegistrationController(InputValidator validator) {
    this.validator = validator;
  }

  /**
   * Registers a volunteer.
   *
   * @param registration the form, as JSON
   * @param locale the request's locale, from Accept-Language
   * @return 201 or 422
   */
  @PostMapping("/registrations")
  public ResponseEntity<Map<String, Object>> register(
      @RequestBody VolunteerRegistration registration, Locale locale) {
    Volunteer v;
    try {
      v = registration.toVolunteer(VolunteerId.of("V" + ids.incrementAndGet()), validator);
    } catch (InvalidInputException refused) {
      List<Map<String, String>> body =
          refused.problems(locale).stream()
              .map(p -> Map.of("field", p.path(), "code", p.code(), "message", p.message()))
              .toList();
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("problems", body));
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("id", v.id().value(), "status", v.status().name()));
  }
}
