package org.vigil.learn;

import java.util.List;
import java.util.Random;

/**
 * Fits a {@link SoftmaxHead} by mini-batch Adam on cross-entropy with L2 regularisation and, optionally,
 * class weights inversely proportional to label frequency. Deterministic: the same examples in the same
 * order with the same seed give bit-identical weights.
 *
 * @param epochs passes over the data
 * @param learningRate Adam step size
 * @param l2 weight decay on the weights (not the biases)
 * @param balanced whether rare labels weigh more
 * @param seed the shuffle seed
 */
public record HeadTrainer(int epochs, double learningRate, double l2, boolean balanced, long seed) {
  private static final int BATCH = 32;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  /** The settings {@code vigil train} uses. */
  public static HeadTrainer defaults(long seed) {
    return new HeadTrainer(40, 0.005, 1e-4, true, seed);
  }

  /**
   * @param name head name
   * @param labels the label set, in row order
   * @param x one input vector per example
   * @param y each example's label index into {@code labels}
   */
  public SoftmaxHead train(String name, List<String> labels, float[][] x, int[] y) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("head " + name + ": " + x.length + " inputs for " + y.length + " labels");
    }
    int k = labels.size();
    int dims = x[0].length + 1;
    double[][] w = new double[k][dims];
    double[][] m = new double[k][dims];
    double[][] v = new double[k][dims];
    double[] classWeight = classWeights(y, k);
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    int step = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int from = 0; from < order.length; from += BATCH) {
        int to = Math.min(order.length, from + BATCH);
        double[][] g = gradient(w, x, y, order, from, to, classWeight);
        step++;
        adam(w, g, m, v, step);
      }
    }
    float[][] out = new float[k][dims];
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < dims; d++) {
        out[c][d] = (float) w[c][d];
      }
    }
    return new SoftmaxHead(name, labels, out);
  }

  private double[][] gradient(double[][] w, float[][] x, int[] y, int[] order, int from, int to, double[] cw) {
    int k = w.length;
    int dims = w[0].length;
    double[][] g = new double[k][dims];
    double[] z = new double[k];
    for (int b = from; b < to; b++) {
      float[] xi = x[order[b]];
      int yi = y[order[b]];
      for (int c = 0; c < k; c++) {
        double s = w[c][0];
        for (int d = 1; d < dims; d++) {
          s += w[c][d] * xi[d - 1];
        }
        z[c] = s;
      }
      double[] p = SoftmaxHead.softmax(z);
      for (int c = 0; c < k; c++) {
        double err = cw[yi] * (p[c] - (c == yi ? 1 : 0));
        g[c][0] += err;
        for (int d = 1; d < dims; d++) {
          g[c][d] += err * xi[d - 1];
        }
      }
    }
    double n = to - from;
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < dims; d++) {
        g[c][d] = g[c][d] / n + (d == 0 ? 0 : l2 * w[c][d]);
      }
    }
    return g;
  }

  private void adam(double[][] w, double[][] g, double[][] m, double[][] v, int step) {
    double c1 = 1 - Math.pow(BETA1, step);
    double c2 = 1 - Math.pow(BETA2, step);
    for (int c = 0; c < w.length; c++) {
      for (int d = 0; d < w[c].length; d++) {
        m[c][d] = BETA1 * m[c][d] + (1 - BETA1) * g[c][d];
        v[c][d] = BETA2 * v[c][d] + (1 - BETA2) * g[c][d] * g[c][d];
        w[c][d] -= learningRate * (m[c][d] / c1) / (Math.sqrt(v[c][d] / c2) + EPS);
      }
    }
  }

  /** Weight of each label: n / (k_present * count), capped at 10, or 1 when not balanced. */
  private double[] classWeights(int[] y, int k) {
    double[] w = new double[k];
    java.util.Arrays.fill(w, 1.0);
    if (!balanced) {
      return w;
    }
    int[] count = new int[k];
    for (int label : y) {
      count[label]++;
    }
    long present = java.util.Arrays.stream(count).filter(c -> c > 0).count();
    for (int c = 0; c < k; c++) {
      w[c] = count[c] == 0 ? 1.0 : Math.min(10.0, y.length / (double) (present * count[c]));
    }
    return w;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
