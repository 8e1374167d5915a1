package org.vigil.learn;

import java.util.List;
import java.util.Objects;

/**
 * One classifier head: multinomial logistic regression over an encoder's vector, {@code p(label | x) =
 * softmax(W x + b)}. Immutable and thread-safe.
 */
public final class SoftmaxHead {
  private final String name;
  private final List<String> labels;
  private final float[][] weights;

  /**
   * @param name the head's name ("event", "root", "five", "mode", ...)
   * @param labels its labels in row order
   * @param weights one row per label: the bias, then one weight per input dimension
   */
  public SoftmaxHead(String name, List<String> labels, float[][] weights) {
    this.name = Objects.requireNonNull(name, "name");
    this.labels = List.copyOf(labels);
    if (labels.size() < 2 || weights.length != labels.size()) {
      throw new IllegalArgumentException("head " + name + ": " + labels.size() + " labels, " + weights.length
          + " weight rows (need the same number, at least 2)");
    }
    this.weights = new float[weights.length][];
    for (int k = 0; k < weights.length; k++) {
      if (weights[k].length != weights[0].length) {
        throw new IllegalArgumentException("head " + name + ": weight rows of different lengths");
      }
      this.weights[k] = weights[k].clone();
    }
  }

  public String name() {
    return name;
  }

  public List<String> labels() {
    return labels;
  }

  /** Input dimension the head expects. */
  public int dimension() {
    return weights[0].length - 1;
  }

  /** A copy of row {@code k}: bias then weights. */
  public float[] row(int k) {
    return weights[k].clone();
  }

  /** Probability of each label, in {@link #labels()} order. */
  public double[] probabilities(float[] x) {
    if (x.length != dimension()) {
      throw new IllegalArgumentException("head " + name + " expects " + dimension() + " inputs, got " + x.length);
    }
    double[] z = new double[weights.length];
    for (int k = 0; k < z.length; k++) {
      double s = weights[k][0];
      for (int d = 0; d < x.length; d++) {
        s += weights[k][d + 1] * x[d];
      }
      z[k] = s;
    }
    return softmax(z);
  }

  /** The label of highest probability. */
  public String best(float[] x) {
    return labels.get(argmax(probabilities(x)));
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** Index of the largest value (the first on ties). */
  public static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }
}
