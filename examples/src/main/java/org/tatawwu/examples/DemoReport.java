package org.tatawwu.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The figures the demo reports, for tests and the HTML report. No personal data.
 *
 * @param registered volunteers registered
 * @param rejected registrations rejected
 * @param mobilised volunteers with approved hours
 * @param approvedHours approved hours, whole
 * @param valueSar economic value in SAR, exact to the halala
 * @param hoursByRegion approved hours by region name
 * @param hoursByField approved hours of the top fields by name
 * @param hoursTargetPercent the response's annualised share of 50M hours a year, in percent
 * @param volunteersTargetPercent the mobilised volunteers' share of 1M, in percent
 * @param day the demo's day
 * @param fund the Community Fund's figures
 * @param flood the flood mobilisation's figures
 */
public record DemoReport(
    int registered,
    int rejected,
    long mobilised,
    long approvedHours,
    BigDecimal valueSar,
    Map<String, Long> hoursByRegion,
    Map<String, Long> hoursByField,
    double hoursTargetPercent,
    double volunteersTargetPercent,
    LocalDate day,
    Fund fund,
    FloodMobilisation.Summary flood) {

  /**
   * The Community Fund's figures, in riyals.
   *
   * @param donated donations received
   * @param refunded refunds
   * @param disbursed disbursed through associations
   * @param balance what remains
   * @param associations associations that disbursed
   * @param beneficiaries distinct beneficiaries reached
   * @param volunteers volunteers involved in deliveries
   * @param byCategory disbursed by service category
   */
  public record Fund(
      BigDecimal donated,
      BigDecimal refunded,
      BigDecimal disbursed,
      BigDecimal balance,
      int associations,
      long beneficiaries,
      long volunteers,
      Map<String, BigDecimal> byCategory) {}
}
