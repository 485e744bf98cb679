package org.tatawwu.impl.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tatawwu.hours.OpportunityDirectory;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.opportunity.EnrollmentStatus;
import org.tatawwu.opportunity.Opportunity;
import org.tatawwu.organization.EntityId;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.privacy.PartnerView;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;
import org.tatawwu.privacy.UseDecision;
import org.tatawwu.privacy.VolunteerCard;
import org.tatawwu.validation.InvalidValueException;
import org.tatawwu.volunteer.Volunteer;
import org.tatawwu.volunteer.VolunteerId;

/** A partner entity's view: enrollment first, then the guard field by field. Thread-safe. */
final class DefaultPartnerView implements PartnerView {
  private static final Set<EnrollmentStatus> ENROLLED =
      EnumSet.of(
          EnrollmentStatus.APPLIED,
          EnrollmentStatus.ACCEPTED,
          EnrollmentStatus.WAITLISTED,
          EnrollmentStatus.ATTENDED);
  private static final ModelComponent NAME = ModelComponent.of(Volunteer.class, "name");
  private static final ModelComponent MOBILE = ModelComponent.of(Volunteer.class, "mobile");
  private static final ModelComponent EMAIL = ModelComponent.of(Volunteer.class, "email");
  private static final ModelComponent REGION = ModelComponent.of(Volunteer.class, "region");
  private static final ModelComponent CITY = ModelComponent.of(Volunteer.class, "city");
  private static final ModelComponent SKILLS = ModelComponent.of(Volunteer.class, "skills");
  private static final ModelComponent LANGUAGES = ModelComponent.of(Volunteer.class, "languages");
  private static final Set<ModelComponent> SHOWN =
      Set.of(NAME, MOBILE, EMAIL, REGION, CITY, SKILLS, LANGUAGES);

  private final EntityId entity;
  private final PurposeGuard guard;
  private final List<PurposeId> purposes;
  private final Function<VolunteerId, List<Enrollment>> enrollments;
  private final OpportunityDirectory directory;

  DefaultPartnerView(
      EntityId entity,
      PurposeGuard guard,
      List<PurposeId> purposes,
      Function<VolunteerId, List<Enrollment>> enrollments,
      OpportunityDirectory directory) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.purposes = List.copyOf(purposes);
    this.enrollments = Objects.requireNonNull(enrollments, "enrollments");
    this.directory = Objects.requireNonNull(directory, "directory");
    if (this.purposes.isEmpty()) {
      throw new InvalidValueException("privacy.purposes.empty", "name at least one purpose");
    }
  }

  @Override
  public Optional<VolunteerCard> view(Volunteer v, Instant at) {
    Objects.requireNonNull(at, "at");
    if (!enrolled(v.id(), at)) {
      return Optional.empty();
    }
    UseDecision d = guard.decide(v.id(), purposes, SHOWN, at);
    return Optional.of(
        new VolunteerCard(
            v.id(),
            d.allows(NAME) ? Optional.of(v.name()) : Optional.empty(),
            d.allows(MOBILE) ? Optional.of(v.mobile()) : Optional.empty(),
            d.allows(EMAIL) ? v.email() : Optional.empty(),
            d.allows(REGION) ? Optional.of(v.region()) : Optional.empty(),
            d.allows(CITY) ? v.city() : Optional.empty(),
            d.allows(SKILLS) ? v.skills() : Map.of(),
            d.allows(LANGUAGES) ? v.languages() : Set.of()));
  }

  @Override
  public List<VolunteerCard> roster(Collection<Volunteer> volunteers, Instant at) {
    List<VolunteerCard> out = new ArrayList<>();
    for (Volunteer v : volunteers) {
      view(v, at).ifPresent(out::add);
    }
    return out;
  }

  private boolean enrolled(VolunteerId volunteer, Instant at) {
    for (Enrollment e : enrollments.apply(volunteer)) {
      if (!e.volunteer().equals(volunteer)
          || !ENROLLED.contains(e.status())
          || e.since().isAfter(at)) {
        continue;
      }
      Optional<Opportunity> o = directory.opportunity(e.opportunity());
      if (o.isPresent() && o.get().entity().equals(entity)) {
        LocalDate today = at.atZone(o.get().zone()).toLocalDate();
        if (!today.isAfter(o.get().period().last())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "PartnerView[entity=" + entity + ", purposes=" + purposes + "]";
  }
}
