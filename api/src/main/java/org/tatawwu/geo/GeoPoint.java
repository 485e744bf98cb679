package org.tatawwu.geo;

import org.tatawwu.validation.InvalidValueException;

/**
 * A point on the WGS 84 ellipsoid, in decimal degrees.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param latitude degrees north, -90 to 90, finite
 * @param longitude degrees east, -180 to 180, finite
 */
public record GeoPoint(double latitude, double longitude) {
  /** The mean Earth radius used for distances, in km (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * Checks the coordinates.
   *
   * @param latitude degrees north, -90 to 90, finite
   * @param longitude degrees east, -180 to 180, finite
   * @throws InvalidValueException with code {@code geo.latitude} or {@code geo.longitude} for a
   *     NaN, infinite or out-of-range coordinate
   */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new InvalidValueException("geo.latitude", "latitude must be a number from -90 to 90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new InvalidValueException(
          "geo.longitude", "longitude must be a number from -180 to 180");
    }
  }

  /**
   * Creates a point.
   *
   * @param latitude -90 to 90
   * @param longitude -180 to 180
   * @return the point
   * @throws InvalidValueException for NaN, infinite or out-of-range coordinates
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Returns the great-circle distance (haversine, mean Earth radius 6371.0088 km), accurate to
   * about 0.5%.
   *
   * @param other the other point, not null
   * @return the distance in kilometres, zero or more
   */
  public double distanceKm(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
