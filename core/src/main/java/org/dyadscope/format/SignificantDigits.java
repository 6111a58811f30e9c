package org.dyadscope.format;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Doubles written for people and data files at a fixed number of significant digits, as plain
 * decimals: enough digits to check a computation by hand, few enough that the last binary digits
 * of a sum (which vary with summation order) never show.
 */
public final class SignificantDigits {
  private SignificantDigits() {}

  /**
   * {@code x} rounded to {@code digits} significant digits, never in exponent notation
   * ({@code 0.00000025}, not {@code 2.5E-7}), trailing zeros dropped; {@code "0"} for zero and
   * {@code ""} for NaN.
   *
   * @throws NumberFormatException when {@code x} is infinite
   */
  public static String plain(double x, int digits) {
    if (Double.isNaN(x)) {
      return "";
    }
    if (x == 0) {
      return "0";
    }
    return new BigDecimal(x).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
  }
}
