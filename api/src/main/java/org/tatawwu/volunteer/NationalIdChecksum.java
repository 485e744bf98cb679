package org.tatawwu.volunteer;

/**
 * The check-digit rule a national ID or Iqama number must pass. The official algorithm is not
 * published; community validators use Luhn, and one widely used port accepts numbers that fail it.
 * The rule is therefore pluggable. Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface NationalIdChecksum {
  /**
   * Luhn over the 10 digits: digits at 0-based even positions doubled (minus 9 when over 9), all
   * added, total divisible by 10. Accepts 1000000008 and 2123456788; rejects 1000000000.
   */
  NationalIdChecksum LUHN =
      digits -> {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
          int d = digits.charAt(i) - '0';
          if (i % 2 == 0) {
            d *= 2;
            if (d > 9) {
              d -= 9;
            }
          }
          sum += d;
        }
        return sum % 10 == 0;
      };

  /** Accepts every 10-digit number starting with 1 or 2: length and prefix only. */
  NationalIdChecksum NONE = digits -> true;

  /**
   * Returns whether the digits pass the rule.
   *
   * @param digits exactly 10 ASCII digits, the first 1 or 2
   * @return true when the number passes
   */
  boolean isValid(String digits);
}
