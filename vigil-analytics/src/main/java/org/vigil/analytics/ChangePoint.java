package org.vigil.analytics;

import java.util.Optional;

/**
 * The single most likely shift in the mean of a series (CUSUM-style binary split): for each split the
 * difference of the two means scaled by sqrt(k(n-k)/n) and by the pooled within-segment standard deviation,
 * floored so that a flat series with one jump does not divide by zero. Stateless.
 */
public final class ChangePoint {
  /** A split: the index where the new segment starts, both means and the statistic. */
  public record Split(int at, double meanBefore, double meanAfter, double statistic) {}

  /** The smallest within-segment spread assumed, in Goldstein units per week. */
  static final double MIN_SD = 2.0;

  private ChangePoint() {}

  /** The best split with at least {@code minSegment} values on each side, if the series is long enough. */
  public static Optional<Split> best(double[] x, int minSegment) {
    int n = x.length;
    if (minSegment < 1 || n < 2 * minSegment) {
      return Optional.empty();
    }
    double[] prefix = new double[n + 1];
    double[] prefixSq = new double[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + x[i];
      prefixSq[i + 1] = prefixSq[i] + x[i] * x[i];
    }
    Split best = null;
    for (int k = minSegment; k <= n - minSegment; k++) {
      double m1 = prefix[k] / k;
      double m2 = (prefix[n] - prefix[k]) / (n - k);
      double ss = (prefixSq[k] - k * m1 * m1) + (prefixSq[n] - prefixSq[k] - (n - k) * m2 * m2);
      double sd = Math.max(MIN_SD, Math.sqrt(Math.max(0, ss) / Math.max(1, n - 2)));
      double stat = Math.abs(m2 - m1) / sd * Math.sqrt((double) k * (n - k) / n);
      if (best == null || stat > best.statistic()) {
        best = new Split(k, m1, m2, stat);
      }
    }
    return Optional.ofNullable(best);
  }
}
