package org.tatawwu.impact;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tatawwu.field.FieldCode;
import org.tatawwu.validation.InvalidValueException;

/**
 * A dated table of replacement-cost rates (ILO Manual on the Measurement of Volunteer Work, 2011:
 * value hours at the wage of the work actually done, falling back to a default rate).
 *
 * <p>A value is exact: minutes × halalas per hour ÷ 60, rounded half-even to the halala once, at
 * the end. This class is immutable and thread-safe; look-ups are O(r) in the number of rates.
 */
public final class ReplacementCostRates {
  private final List<HourlyRate> rates;

  private ReplacementCostRates(List<HourlyRate> rates) {
    List<HourlyRate> sorted = new ArrayList<>(rates);
    sorted.sort(Comparator.comparing(HourlyRate::validFrom).reversed());
    this.rates = List.copyOf(sorted);
  }

  /**
   * Creates a table.
   *
   * @param rates the rates, at least one default rate (without a field), not null
   * @return the table
   * @throws InvalidValueException with code {@code rates.noDefault} without a default rate
   */
  public static ReplacementCostRates of(List<HourlyRate> rates) {
    if (rates.stream().noneMatch(r -> r.field().isEmpty())) {
      throw new InvalidValueException("rates.noDefault", "a rate table needs a default rate");
    }
    return new ReplacementCostRates(rates);
  }

  /**
   * Returns the rate for work in a field on a day: the latest rate of that top-level field valid on
   * the day, else the latest default rate valid on the day.
   *
   * @param field the field or sub-field, not null
   * @param day the day, not null
   * @return the rate per hour
   * @throws InvalidValueException with code {@code rates.noneOnDay} if no rate applies yet
   */
  public SarAmount rateFor(FieldCode field, LocalDate day) {
    FieldCode top = field.topLevel();
    Optional<HourlyRate> specific =
        rates.stream()
            .filter(
                r ->
                    r.field().isPresent()
                        && r.field().get().equals(top)
                        && !r.validFrom().isAfter(day))
            .findFirst();
    return specific
        .or(
            () ->
                rates.stream()
                    .filter(r -> r.field().isEmpty() && !r.validFrom().isAfter(day))
                    .findFirst())
        .map(HourlyRate::perHour)
        .orElseThrow(
            () -> new InvalidValueException("rates.noneOnDay", "no rate applies on " + day));
  }

  /**
   * Values minutes of work in a field on a day.
   *
   * @param minutes the minutes, zero or more
   * @param field the field, not null
   * @param day the day, not null
   * @return the value, rounded half-even to the halala
   */
  public SarAmount value(long minutes, FieldCode field, LocalDate day) {
    return value(minutes, rateFor(field, day));
  }

  /**
   * Values minutes at a rate, exactly: the product is computed without overflow, then divided by 60
   * and rounded half-even to the halala once.
   *
   * @param minutes zero or more
   * @param perHour the rate, not null
   * @return the value
   * @throws ArithmeticException if the value exceeds a {@code long} of halalas
   */
  public static SarAmount value(long minutes, SarAmount perHour) {
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes are not negative");
    }
    BigInteger product =
        BigInteger.valueOf(minutes).multiply(BigInteger.valueOf(perHour.halalas()));
    return SarAmount.ofHalalas(
        new java.math.BigDecimal(product)
            .divide(java.math.BigDecimal.valueOf(60), 0, RoundingMode.HALF_EVEN)
            .longValueExact());
  }
}
