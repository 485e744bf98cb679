package org.tatawwu.geo;

import java.util.Objects;
import org.tatawwu.text.BilingualText;

/**
 * A city in a region.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the city's name, not null
 * @param region its region, not null
 */
public record City(BilingualText name, Region region) {
  /**
   * Checks for nulls.
   *
   * @param name the city's name, not null
   * @param region its region, not null
   */
  public City {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
  }

  /**
   * Creates a city.
   *
   * @param arabic the Arabic name, not null
   * @param english the English name, not null
   * @param region the region, not null
   * @return the city
   */
  public static City of(String arabic, String english, Region region) {
    return new City(BilingualText.of(arabic, english), region);
  }
}
