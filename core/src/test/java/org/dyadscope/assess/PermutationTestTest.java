package org.dyadscope.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PermutationTestTest {
  private static final double[] X = {1, 2, 3, 4, 5};
  /** One adjacent swap from X: r = 1 − 6·Σd²/(n(n²−1)) = 1 − 6·2/120 = 0.9. */
  private static final double[] Y = {1, 2, 3, 5, 4};

  @Test
  void pearsonOfHandExamples() {
    assertThat(Correlation.pearson(X, Y)).isCloseTo(0.9, within(1e-12));
    assertThat(Correlation.pearson(X, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1, within(1e-12));
    // x = 1,2,3; y = 2,1,3: cov = (−1)(0) + 0(−1) + 1(1) = 1 over sqrt(2·2) → 0.5
    assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 1, 3})).isCloseTo(0.5, within(1e-12));
    assertThat(Correlation.pearson(new double[] {1, 2}, new double[] {1, 2})).isNaN();
    assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
  }

  /**
   * For orderings π of 1..5 against 1..5, r = 1 − Σd²/20. |r| ≥ 0.9 needs Σd² ≤ 2 (the identity
   * and the 4 adjacent swaps) or Σd² ≥ 38 (the reversal and the 4 reversals of an adjacent swap):
   * 10 of the 120 orderings, p = 1/12.
   */
  @Test
  void exactEnumerationMatchesTheHandCount() {
    PermutationTest.Result res = PermutationTest.defaults().test(X, Y);
    assertThat(res.exact()).isTrue();
    assertThat(res.permutations()).isEqualTo(120);
    assertThat(res.n()).isEqualTo(5);
    assertThat(res.r()).isCloseTo(0.9, within(1e-12));
    assertThat(res.p()).isCloseTo(10.0 / 120, within(1e-12));
    // a perfect correlation: only the identity and the reversal reach |r| = 1
    assertThat(PermutationTest.defaults().test(X, X).p()).isCloseTo(2.0 / 120, within(1e-12));
  }

  @Test
  void sampledTestIsReproducibleAndCloseToExact() {
    PermutationTest sampled = new PermutationTest(42L, 20_000, 1);
    PermutationTest.Result a = sampled.test(X, Y);
    PermutationTest.Result b = sampled.test(X, Y);
    assertThat(a.exact()).isFalse();
    assertThat(a.permutations()).isEqualTo(20_000);
    assertThat(a.p()).isEqualTo(b.p());
    // (1 + b)/(1 + B) with b ~ Binomial(20000, 1/12): sd of p ≈ 0.002
    assertThat(a.p()).isCloseTo(1.0 / 12, within(0.01));
    assertThat(new PermutationTest(43L, 20_000, 1).test(X, Y).p()).isNotEqualTo(a.p());
  }

  @Test
  void undefinedCorrelationHasNoPValue() {
    PermutationTest.Result res = PermutationTest.defaults().test(new double[] {1, 2, 3}, new double[] {4, 4, 4});
    assertThat(res.r()).isNaN();
    assertThat(res.p()).isNaN();
  }

  @Test
  void factorialOverflowIsFlagged() {
    assertThat(PermutationTest.factorial(5)).isEqualTo(120);
    assertThat(PermutationTest.factorial(8)).isEqualTo(40_320);
    assertThat(PermutationTest.factorial(21)).isEqualTo(-1);
  }
}
