package org.tatawwu.impl.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.tatawwu.field.FieldCatalogue;
import org.tatawwu.validation.InputValidator;
import org.tatawwu.validation.Problem;

/**
 * {@link InputValidator} on Hibernate Validator, with Tatawwu's Arabic and English bundles in front
 * of Hibernate Validator's own. One factory is built per instance; one {@link Validator} per
 * language is kept.
 *
 * <p>Counts in Tatawwu's messages take the words of their plural form ({@link MessageTemplate}):
 * the plural blocks are resolved with the constraint's attributes before Hibernate Validator
 * interpolates the rest.
 *
 * <p>User values never reach a message template: Tatawwu's templates use only the constraint's
 * attributes, and expression language in custom violations is disabled.
 *
 * <p>This class is thread-safe.
 */
public final class HibernateInputValidator implements InputValidator {
  private final Clock clock;
  private final ValidatorFactory factory;
  private final Validator arabic;
  private final Validator english;

  /**
   * Creates the validator.
   *
   * @param clock the clock for {@code @Past}, {@code @Future} and age rules, not null
   * @param catalogue the fields {@link org.tatawwu.constraints.FieldCodeText} accepts, not null
   */
  public HibernateInputValidator(Clock clock, FieldCatalogue catalogue) {
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(catalogue, "catalogue");
    MessageInterpolator interpolator = new ResourceBundleMessageInterpolator(Messages::bundle);
    this.factory =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .clockProvider(() -> clock)
            .constraintValidatorPayload(catalogue)
            .messageInterpolator(interpolator)
            .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
            .buildValidatorFactory();
    this.arabic = validatorFor(interpolator, Messages.supported(ARABIC));
    this.english = validatorFor(interpolator, Locale.ENGLISH);
  }

  private Validator validatorFor(MessageInterpolator base, Locale locale) {
    return factory
        .usingContext()
        .messageInterpolator(new FixedLocaleInterpolator(base, locale))
        .getValidator();
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public List<Problem> validate(Object input, Locale locale) {
    Objects.requireNonNull(input, "input");
    Validator v = "ar".equals(locale.getLanguage()) ? arabic : english;
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> cv : v.validate(input)) {
      problems.add(new Problem(cv.getPropertyPath().toString(), code(cv), cv.getMessage()));
    }
    problems.sort(
        Comparator.comparing(Problem::path)
            .thenComparing(Problem::code)
            .thenComparing(Problem::message));
    return List.copyOf(problems);
  }

  /**
   * Derives a stable code from the message key: without braces, the {@code org.tatawwu.} or {@code
   * jakarta.validation.constraints.} prefix and the {@code .message} suffix. {@code
   * {org.tatawwu.constraints.nationalId.checksum}} gives {@code constraints.nationalId.checksum};
   * {@code {jakarta.validation.constraints.NotBlank.message}} gives {@code NotBlank}.
   */
  static String code(ConstraintViolation<?> cv) {
    String t = cv.getMessageTemplate();
    if (t.length() < 2 || t.charAt(0) != '{' || t.charAt(t.length() - 1) != '}') {
      return cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
    String key = t.substring(1, t.length() - 1);
    for (String prefix :
        List.of("org.tatawwu.", "jakarta.validation.constraints.", "org.hibernate.validator.")) {
      if (key.startsWith(prefix)) {
        key = key.substring(prefix.length());
        break;
      }
    }
    return key.endsWith(".message") ? key.substring(0, key.length() - ".message".length()) : key;
  }

  /** Interpolates every message in one locale. */
  private static final class FixedLocaleInterpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(withPlurals(template, context), context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(withPlurals(template, context), context, locale);
    }

    /**
     * Resolves the plural blocks of a template that is one of Tatawwu's keys ({@code {key}}), with
     * the constraint's attributes and message parameters as arguments, before Hibernate Validator
     * fills the simple placeholders (it knows no plural forms).
     */
    private String withPlurals(String template, Context context) {
      if (template.length() < 3
          || template.charAt(0) != '{'
          || template.charAt(template.length() - 1) != '}') {
        return template;
      }
      String key = template.substring(1, template.length() - 1);
      ResourceBundle bundle = Messages.bundle(locale);
      if (!bundle.containsKey(key) || !MessageTemplate.hasPlural(bundle.getString(key))) {
        return template;
      }
      Map<String, Object> arguments =
          new HashMap<>(context.getConstraintDescriptor().getAttributes());
      try {
        arguments.putAll(
            context.unwrap(HibernateMessageInterpolatorContext.class).getMessageParameters());
      } catch (ValidationException notHibernate) {
        // only the attributes, then
      }
      return MessageTemplate.expandPlurals(bundle.getString(key), arguments, locale);
    }
  }
}
