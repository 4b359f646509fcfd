package dev.meshsdk.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Decimals} against {@link BigDecimal}'s own arithmetic, where that is cheap. */
class DecimalsPropertyTest {
  /** Decimals of up to 12 digits with scales from -12 to 12, zero and negatives included. */
  private static Gen<BigDecimal> decimals() {
    return longs()
        .between(-999_999_999_999L, 999_999_999_999L)
        .zip(integers().between(-12, 12), (u, s) -> BigDecimal.valueOf(u, s));
  }

  @Test
  void isMultipleAgreesWithRemainder() {
    qt().withFixedSeed(20261207L)
        .withExamples(20_000)
        .forAll(decimals(), decimals())
        .checkAssert(
            (v, of) ->
                assertThat(Decimals.isMultiple(v, of))
                    .as("%s multiple of %s", v, of)
                    .isEqualTo(of.signum() != 0 && v.remainder(of).signum() == 0));
  }

  @Test
  void isMultipleFindsMultiplesItWasGiven() {
    qt().withFixedSeed(20261207L)
        .withExamples(5_000)
        .forAll(decimals(), longs().between(-1_000_000L, 1_000_000L))
        .checkAssert(
            (of, k) -> {
              if (of.signum() != 0) {
                assertThat(Decimals.isMultiple(of.multiply(BigDecimal.valueOf(k)), of)).isTrue();
              }
            });
  }

  @Test
  void hugeExponentsAreAnsweredByTheirDigits() {
    BigDecimal cent = new BigDecimal("0.01");
    assertThat(Decimals.isMultiple(new BigDecimal("7E+2000000000"), cent)).isTrue();
    assertThat(Decimals.isMultiple(new BigDecimal("7E-2000000000"), cent)).isFalse();
    assertThat(Decimals.isMultiple(new BigDecimal("21E+2000000000"), new BigDecimal("7"))).isTrue();
    assertThat(Decimals.isMultiple(new BigDecimal("22E+2000000000"), new BigDecimal("7")))
        .isFalse();
    // 3 * 10^n is a multiple of 0.3, 0.6 is not a multiple of 0.4
    assertThat(Decimals.isMultiple(new BigDecimal("3E+2000000000"), new BigDecimal("0.3")))
        .isTrue();
    assertThat(Decimals.isMultiple(new BigDecimal("0.6"), new BigDecimal("0.4"))).isFalse();
    assertThat(Decimals.isMultiple(BigDecimal.ZERO, new BigDecimal("1E-2000000000"))).isTrue();
    assertThat(Decimals.isMultiple(BigDecimal.ONE, BigDecimal.ZERO)).isFalse();
  }

  @Test
  void plainTextIsPlainUnlessThatWouldBeHuge() {
    assertThat(Decimals.plainText(new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(Decimals.plainText(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Decimals.plainText(new BigDecimal("-1E-3"))).isEqualTo("-0.001");
    assertThat(Decimals.plainText(new BigDecimal("1E+1000000000"))).isEqualTo("1E+1000000000");
    assertThat(Decimals.plainText(new BigDecimal("1E-1000000000"))).isEqualTo("1E-1000000000");
    assertThat(Decimals.plainText(new BigDecimal(BigInteger.TEN.pow(900)))).hasSize(901);
  }
}
