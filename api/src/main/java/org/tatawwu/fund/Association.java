package org.tatawwu.fund;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.tatawwu.geo.Region;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.text.BilingualText;

/**
 * An accredited civil association that reaches beneficiaries and verifies their need.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the bilingual name, not null
 * @param accreditation its accreditation with validity dates, not null
 * @param regions the regions it serves, not empty
 * @param categories the services it provides, not empty
 */
public record Association(
    AssociationId id,
    BilingualText name,
    Accreditation accreditation,
    Set<Region> regions,
    Set<ServiceCategory> categories) {
  /**
   * Checks the components.
   *
   * @param id the identifier, not null
   * @param name the bilingual name, not null
   * @param accreditation its accreditation with validity dates, not null
   * @param regions the regions it serves, not empty
   * @param categories the services it provides, not empty
   */
  public Association {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accreditation, "accreditation");
    regions = Set.copyOf(regions);
    categories = Set.copyOf(categories);
    if (regions.isEmpty() || categories.isEmpty()) {
      throw new IllegalArgumentException("an association serves at least one region and category");
    }
  }

  /**
   * Returns whether the association is accredited on a day.
   *
   * @param day the day, not null
   * @return true within the accreditation's validity
   */
  public boolean isAccreditedOn(LocalDate day) {
    return accreditation.isValidOn(day);
  }
}
