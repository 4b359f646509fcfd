package dev.meshsdk.contracts.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact decimal arithmetic that stays cheap whatever the exponents. Not API.
 *
 * <p>{@link BigDecimal#remainder} expands both operands to a common scale first, so {@code
 * 1E+1000000000 % 0.01} needs a billion-digit number: a record or a contract could hang the service
 * with a thirteen-character value. The answers here work on the unscaled values and exponents
 * instead, so their cost depends on the digits written, not on the exponents.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * Whether {@code value} is an integer multiple of {@code of}, exactly.
   *
   * @param value the value
   * @param of the divisor; zero divides nothing (false)
   * @return true if {@code value / of} is an integer
   */
  public static boolean isMultiple(BigDecimal value, BigDecimal of) {
    if (of.signum() == 0) {
      return false;
    }
    if (value.signum() == 0) {
      return true;
    }
    // value = a * 10^-s and of = b * 10^-t, so value / of = (a / b) * 10^(t - s). Not stripped of
    // trailing zeros first: at the extremes of the scale that overflows (100E+2147483647).
    BigInteger a = value.unscaledValue().abs();
    BigInteger b = of.unscaledValue().abs();
    long e = (long) of.scale() - value.scale();
    if (e >= 0) {
      // Integer iff b divides a * 10^e, that is a * (10^e mod b) = 0 (mod b).
      return a.multiply(BigInteger.TEN.modPow(BigInteger.valueOf(e), b)).mod(b).signum() == 0;
    }
    // Integer iff b * 10^-e divides a; with more zeros than a has digits it cannot.
    if (-e > value.precision()) {
      return false;
    }
    return a.mod(b.multiply(BigInteger.TEN.pow((int) -e))).signum() == 0;
  }

  /** The longest text {@link #plainText} writes without an exponent (Jackson's number limit). */
  static final int MAX_PLAIN_LENGTH = 1000;

  /**
   * {@link BigDecimal#toPlainString()} unless that would be longer than {@value #MAX_PLAIN_LENGTH}
   * characters ({@code 1E+1000000000} has a billion digits), in which case the scientific form of
   * {@link BigDecimal#toString()}.
   *
   * @param d the number
   * @return its text
   */
  public static String plainText(BigDecimal d) {
    long digits = d.precision();
    long scale = d.scale();
    long length = scale >= 0 ? Math.max(digits, scale + 1) + 2 : digits - scale + 1;
    return length > MAX_PLAIN_LENGTH ? d.toString() : d.toPlainString();
  }
}
