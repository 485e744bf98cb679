package org.tatawwu.impl.opportunity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.opportunity.ConsistentOpportunity;
import org.tatawwu.opportunity.OpportunityDraft;
import org.tatawwu.opportunity.ShiftDraft;

/** Validates {@link ConsistentOpportunity}: reports every inconsistency found, each on its own. */
public final class ConsistentOpportunityValidator
    implements ConstraintValidator<ConsistentOpportunity, OpportunityDraft> {
  private static final String KEY = "org.tatawwu.opportunity.ConsistentOpportunity.";

  /** Creates the validator (called by Hibernate Validator). */
  public ConsistentOpportunityValidator() {}

  @Override
  public boolean isValid(@Nullable OpportunityDraft draft, ConstraintValidatorContext context) {
    if (draft == null) {
      return true;
    }
    HibernateConstraintValidatorContext ctx =
        context.unwrap(HibernateConstraintValidatorContext.class);
    ctx.disableDefaultConstraintViolation();
    boolean valid = true;
    LocalDate first = draft.firstDay();
    LocalDate last = draft.lastDay();
    boolean datesOk = first != null && last != null && !last.isBefore(first);
    if (first != null && last != null && last.isBefore(first)) {
      valid = add(ctx, "dates", "lastDay");
    }
    ZoneId zone = null;
    try {
      zone = draft.zoneId();
    } catch (DateTimeException e) {
      valid = add(ctx, "zone", "zone");
    }
    List<ShiftDraft> shifts = draft.shifts();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < shifts.size(); i++) {
      ShiftDraft s = shifts.get(i);
      if (s == null) {
        continue;
      }
      if (s.id() != null && !ids.add(s.id())) {
        ctx.addMessageParameter("shift", i + 1);
        valid = add(ctx, "shiftIds", "shifts");
      }
      Instant start = s.start();
      Instant end = s.end();
      if (datesOk && zone != null && start != null && end != null && end.isAfter(start)) {
        LocalDate startDay = day(start, zone);
        LocalDate endDay = day(end.minusNanos(1), zone);
        if (startDay == null
            || endDay == null
            || startDay.isBefore(first)
            || endDay.isAfter(last)) {
          ctx.addMessageParameter("shift", i + 1);
          valid = add(ctx, "shiftOutside", "shifts");
        }
      }
    }
    if (!draft.remote()
        && (isBlank(draft.region())
            || isBlank(draft.cityArabic())
            || isBlank(draft.cityEnglish()))) {
      valid = add(ctx, "site", "region");
    }
    if ((draft.latitude() == null) != (draft.longitude() == null)) {
      valid = add(ctx, "point", "latitude");
    }
    String field = draft.field();
    String sub = draft.subField();
    if (field != null
        && sub != null
        && !sub.isBlank()
        && !sub.strip().startsWith(field.strip() + ".")) {
      valid = add(ctx, "subField", "subField");
    }
    return valid;
  }

  /**
   * An instant's day in a zone; null for an instant whose day is beyond {@link LocalDate#MIN} or
   * {@link LocalDate#MAX} (near {@link Instant#MIN} or {@link Instant#MAX}), which lies outside
   * every opportunity's dates.
   */
  private static @Nullable LocalDate day(Instant instant, ZoneId zone) {
    try {
      return instant.atZone(zone).toLocalDate();
    } catch (DateTimeException beyondLocalDate) {
      return null;
    }
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static boolean add(HibernateConstraintValidatorContext ctx, String key, String property) {
    ctx.buildConstraintViolationWithTemplate("{" + KEY + key + "}")
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }
}
