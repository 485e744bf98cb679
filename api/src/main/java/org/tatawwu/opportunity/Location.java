package org.tatawwu.opportunity;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.geo.City;
import org.tatawwu.geo.GeoPoint;

/** Where an opportunity takes place: on site in a city, or remote (عن بُعد). */
public sealed interface Location permits Location.OnSite, Location.Remote {

  /**
   * Returns the remote location.
   *
   * @return the singleton remote location
   */
  static Location remote() {
    return Remote.INSTANCE;
  }

  /**
   * Returns an on-site location.
   *
   * @param city the city (and so the region), not null
   * @param point the exact place, or null if unknown
   * @return the location
   */
  static Location onSite(City city, @Nullable GeoPoint point) {
    return new OnSite(city, Optional.ofNullable(point));
  }

  /**
   * On site in a city, optionally at a point.
   *
   * @param city the city, not null
   * @param point the exact place, if known
   */
  record OnSite(City city, Optional<GeoPoint> point) implements Location {
    /**
     * Checks for nulls.
     *
     * @param city the city, not null
     * @param point the exact place, if known, not null
     */
    public OnSite {
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(point, "point");
    }
  }

  /** Remote work, from anywhere. */
  enum Remote implements Location {
    /** The single instance. */
    INSTANCE
  }
}
