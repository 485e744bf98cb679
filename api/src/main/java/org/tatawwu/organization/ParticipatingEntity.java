package org.tatawwu.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tatawwu.geo.Region;
import org.tatawwu.text.BilingualText;

/**
 * A participating entity (جهة مشاركة) that offers opportunities, under a supervising entity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the bilingual name, not null
 * @param type the legal type, not null
 * @param licenceNumber the registration or licence number, not blank
 * @param supervisingEntity the supervising entity's id, not null
 * @param region the region of its head office, not null
 * @param accreditation its accreditation to use volunteers, if any
 */
public record ParticipatingEntity(
    EntityId id,
    BilingualText name,
    EntityType type,
    String licenceNumber,
    EntityId supervisingEntity,
    Region region,
    Optional<Accreditation> accreditation) {
  /**
   * Checks the components.
   *
   * @param id the identifier, not null
   * @param name the bilingual name, not null
   * @param type the legal type, not null
   * @param licenceNumber the registration or licence number, not blank, not null
   * @param supervisingEntity the supervising entity's id, not null
   * @param region the region of its head office, not null
   * @param accreditation its accreditation to use volunteers, if any, not null
   */
  public ParticipatingEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (Objects.requireNonNull(licenceNumber, "licenceNumber").isBlank()) {
      throw new IllegalArgumentException("a participating entity needs a licence number");
    }
    Objects.requireNonNull(supervisingEntity, "supervisingEntity");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accreditation, "accreditation");
  }

  /**
   * Returns whether the entity holds a valid accreditation on a day.
   *
   * @param day the day, not null
   * @return true when accredited on that day
   */
  public boolean isAccreditedOn(LocalDate day) {
    return accreditation.isPresent() && accreditation.get().isValidOn(day);
  }
}
