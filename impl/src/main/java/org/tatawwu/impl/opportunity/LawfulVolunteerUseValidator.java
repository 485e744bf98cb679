package org.tatawwu.impl.opportunity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.tatawwu.impl.constraints.Violations;
import org.tatawwu.opportunity.LawfulVolunteerUse;
import org.tatawwu.opportunity.OpportunityDraft;
import org.tatawwu.organization.EntityType;

/**
 * Validates {@link LawfulVolunteerUse}: a profit-seeking entity type (a private company) may offer
 * only opportunities declared non-profit work.
 */
public final class LawfulVolunteerUseValidator
    implements ConstraintValidator<LawfulVolunteerUse, OpportunityDraft> {
  /** Creates the validator (called by Hibernate Validator). */
  public LawfulVolunteerUseValidator() {}

  @Override
  public boolean isValid(@Nullable OpportunityDraft draft, ConstraintValidatorContext context) {
    if (draft == null) {
      return true;
    }
    EntityType type = draft.entityType();
    if (type == null || !type.isProfitSeeking() || draft.nonProfitWork()) {
      return true;
    }
    return Violations.failOn(
        context, "org.tatawwu.opportunity.LawfulVolunteerUse.message", "nonProfitWork");
  }
}
