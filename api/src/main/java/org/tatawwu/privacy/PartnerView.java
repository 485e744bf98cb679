package org.tatawwu.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tatawwu.volunteer.Volunteer;

/**
 * A partner entity's view of volunteers, with the redaction done in the library: the entity sees a
 * volunteer only while enrolled in one of its opportunities (applied, accepted, waitlisted or
 * attended, from the enrollment's start to the opportunity's last day), and only the fields its
 * purposes allow at that instant ({@link PurposeGuard}): contact details, for instance, only with
 * the volunteer's consent to {@link Purpose#PARTNER_CONTACT}. Obtain one from {@link
 * Privacy#partnerView}.
 *
 * <p>Implementations are thread-safe when their sources are.
 */
public interface PartnerView {
  /**
   * Returns what the entity may see of a volunteer.
   *
   * @param volunteer the volunteer, not null
   * @param at when the entity looks, not null
   * @return the card, or empty when the volunteer is not enrolled with the entity at that instant
   */
  Optional<VolunteerCard> view(Volunteer volunteer, Instant at);

  /**
   * Returns the cards of the volunteers enrolled with the entity.
   *
   * @param volunteers the candidates, not null
   * @param at when the entity looks, not null
   * @return the cards, in the order of the candidates, of those enrolled
   */
  List<VolunteerCard> roster(Collection<Volunteer> volunteers, Instant at);
}
