package org.tatawwu.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.tatawwu.geo.Region;

/**
 * The incident report: needs met over time, how fast volunteers answered, what became of the
 * offers, approved hours by role and by region, and the appraisals in summary.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param incident the incident as it stood, not null
 * @param at when the report was made, not null
 * @param needsMet seats and filled seats after each change, in time order, not null
 * @param responses how fast volunteers answered, not null
 * @param offers how many offers ended in each status, not null
 * @param minutesByRole approved minutes on the incident's needs by role, not null
 * @param minutesByRegion approved minutes by region of the need, not null
 * @param appraisals the appraisals in summary, by direction, not null
 */
@Value.Builder
public record IncidentReport(
    Incident incident,
    Instant at,
    List<NeedsMet> needsMet,
    Responses responses,
    Map<OfferStatus, Integer> offers,
    Map<RoleId, Long> minutesByRole,
    Map<Region, Long> minutesByRegion,
    Map<Appraisal.Direction, Ratings> appraisals) {

  /**
   * Seats and filled seats at one instant.
   *
   * @param at the instant, not null
   * @param seats every seat of every need open at that instant, 0 or more
   * @param filled seats held by accepted offers, 0 to {@code seats}
   */
  public record NeedsMet(Instant at, int seats, int filled) {
    /**
     * Checks the ranges.
     *
     * @param at the instant, not null
     * @param seats every seat of every need open at that instant, 0 or more
     * @param filled seats held by accepted offers, 0 to {@code seats}
     */
    public NeedsMet {
      Objects.requireNonNull(at, "at");
      if (seats < 0 || filled < 0 || filled > seats) {
        throw new IllegalArgumentException("0 <= filled <= seats");
      }
    }
  }

  /**
   * How fast volunteers answered offers (from the wave to the answer).
   *
   * @param answered the offers answered (accepted, declined or refused as ineligible), 0 or more
   * @param median the median time to answer; zero when none answered
   * @param p90 the 90th percentile (nearest rank); zero when none answered
   * @param unanswered the offers that reached their due time unanswered, 0 or more
   */
  public record Responses(int answered, Duration median, Duration p90, int unanswered) {
    /**
     * Checks the ranges.
     *
     * @param answered the offers answered (accepted, declined or refused as ineligible), 0 or more
     * @param median the median time to answer; zero when none answered
     * @param p90 the 90th percentile (nearest rank); zero when none answered
     * @param unanswered the offers that reached their due time unanswered, 0 or more
     */
    public Responses {
      if (answered < 0 || unanswered < 0) {
        throw new IllegalArgumentException("counts are 0 or more");
      }
      Objects.requireNonNull(median, "median");
      Objects.requireNonNull(p90, "p90");
    }
  }

  /**
   * Appraisals of one direction in summary.
   *
   * @param count how many, 0 or more
   * @param sum the sum of their ratings, 0 or more
   */
  public record Ratings(int count, int sum) {
    /**
     * Checks the ranges.
     *
     * @param count how many, 0 or more
     * @param sum the sum of their ratings, 0 or more
     */
    public Ratings {
      if (count < 0 || sum < count || sum > 5 * count) {
        throw new IllegalArgumentException("ratings are 1 to 5 each");
      }
    }

    /**
     * Returns the mean rating.
     *
     * @return the mean, 0 when there is none
     */
    public double mean() {
      return count == 0 ? 0 : (double) sum / count;
    }
  }

  /**
   * Copies the collections.
   *
   * @param incident the incident as it stood, not null
   * @param at when the report was made, not null
   * @param needsMet seats and filled seats after each change, in time order, not null
   * @param responses how fast volunteers answered, not null
   * @param offers how many offers ended in each status, not null
   * @param minutesByRole approved minutes on the incident's needs by role, not null
   * @param minutesByRegion approved minutes by region of the need, not null
   * @param appraisals the appraisals in summary, by direction, not null
   */
  public IncidentReport {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(at, "at");
    needsMet = List.copyOf(needsMet);
    Objects.requireNonNull(responses, "responses");
    offers = Map.copyOf(offers);
    minutesByRole = Map.copyOf(minutesByRole);
    minutesByRegion = Map.copyOf(minutesByRegion);
    appraisals = Map.copyOf(appraisals);
  }

  /**
   * Returns a new builder. {@link Builder#build()} names every mandatory part not set.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IncidentReport} part by part (generated by Immutables). Not thread-safe; use
   * one builder per thread.
   */
  public static final class Builder extends IncidentReportBuilder {
    Builder() {}
  }
}
