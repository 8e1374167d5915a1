package org.vigil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangePointTest {
  @Test
  void findsTheWeekWhereTheLevelDrops() {
    double[] x = {2, 3, 1, 2, 3, -20, -25, -18, -22};
    ChangePoint.Split s = ChangePoint.best(x, 1).orElseThrow();
    assertThat(s.at()).isEqualTo(5);
    assertThat(s.meanBefore()).isEqualTo(2.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.meanAfter()).isEqualTo(-21.25, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.statistic()).isGreaterThan(5);
  }

  @Test
  void aSeriesWithoutShiftScoresLow() {
    double[] x = {2, -1, 1, 0, 2, -1, 1, 0, 1, -2};
    assertThat(ChangePoint.best(x, 2).orElseThrow().statistic()).isLessThan(2);
  }

  @Test
  void tooShortASeriesHasNoSplit() {
    assertThat(ChangePoint.best(new double[] {1, 2, 3}, 2)).isEmpty();
  }

  @Test
  void aFlatSeriesWithOneJumpDoesNotDivideByZero() {
    double[] x = {0, 0, 0, 0, -10, -10};
    ChangePoint.Split s = ChangePoint.best(x, 1).orElseThrow();
    assertThat(s.at()).isEqualTo(4);
    assertThat(Double.isFinite(s.statistic())).isTrue();
  }
}
