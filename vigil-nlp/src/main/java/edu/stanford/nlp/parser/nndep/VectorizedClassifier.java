package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The neural dependency parser's scoring with the same arithmetic as CoreNLP's {@link Classifier} (its cached
 * path: the same products, sums in the same order, so the same scores to the last bit and the same parses), laid
 * out so the JIT can vectorise it: weight matrices transposed, so every inner loop runs over independent outputs
 * instead of one long dependent sum, and lock-free tables in place of boxed hash maps and a synchronised LRU cache.
 * It lives in CoreNLP's package because the parser calls its classifier through a package-private method;
 * {@link #install} swaps it into a loaded parser. Thread-safe.
 */
public final class VectorizedClassifier extends Classifier {
  private final int hidden;
  private final int labels;
  private final int embedding;
  private final float[][] e;
  private final float[] w1t;
  private final float[] b1;
  private final double[] w2t;
  private final IntIndex preIndex;
  private final double[][] saved;
  private final Map<Integer, float[]> computed = new ConcurrentHashMap<>();
  private final int maxComputed;

  private VectorizedClassifier(Config config, Classifier source, int maxComputed) {
    // the superclass allocates gradient histories as large as its arrays: hand it tiny ones, it is never used
    super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], java.util.List.of());
    this.e = source.getE();
    this.b1 = source.getb1();
    this.hidden = b1.length;
    this.embedding = e[0].length;
    this.w1t = transpose(source.getW1());
    float[][] w2 = source.getW2();
    this.labels = w2.length;
    this.w2t = new double[hidden * labels];
    for (int l = 0; l < labels; l++) {
      for (int j = 0; j < hidden; j++) {
        w2t[j * labels + l] = w2[l][j];
      }
    }
    this.saved = (double[][]) read(source, "saved");
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> pre = (Map<Integer, Integer>) read(source, "preMap");
    this.preIndex = new IntIndex(pre);
    this.maxComputed = maxComputed;
  }

  /**
   * Replaces the classifier of a loaded {@code parser} with one computing the same scores faster.
   *
   * @param maxComputed hidden-layer vectors computed for (position, word) pairs outside the model's precomputed set
   *     kept for reuse; the table is emptied when it reaches this size
   */
  public static synchronized void install(DependencyParser parser, int maxComputed) {
    if (read(parser, "classifier") instanceof VectorizedClassifier) {
      return; // CoreNLP's model cache handed out the same parser twice
    }
    write(parser, "classifier", from(parser, maxComputed));
  }

  /** A classifier computing the same scores as {@code parser}'s own (which stays in place). */
  static VectorizedClassifier from(DependencyParser parser, int maxComputed) {
    return new VectorizedClassifier((Config) read(parser, "config"), (Classifier) read(parser, "classifier"),
        maxComputed);
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] h = new double[hidden];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      int id = preIndex.get(index);
      if (id >= 0) {
        double[] row = saved[id];
        for (int i = 0; i < hidden; i++) {
          h[i] += row[i];
        }
      } else {
        float[] row = slice(index, tok, offset);
        for (int i = 0; i < hidden; i++) {
          h[i] += row[i];
        }
      }
      offset += embedding;
    }
    for (int i = 0; i < hidden; i++) {
      double v = h[i] + b1[i];
      h[i] = v * v * v;
    }
    double[] scores = new double[labels];
    for (int j = 0; j < hidden; j++) {
      double hj = h[j];
      int base = j * labels;
      for (int l = 0; l < labels; l++) {
        scores[l] += hj * w2t[base + l];
      }
    }
    return scores;
  }

  /** The hidden-layer contribution of one feature outside the precomputed set, rounded to float as CoreNLP does. */
  private float[] slice(int index, int tok, int offset) {
    float[] known = computed.get(index);
    if (known != null) {
      return known;
    }
    double[] acc = new double[hidden];
    float[] emb = e[tok];
    for (int k = 0; k < embedding; k++) {
      float ek = emb[k];
      int base = (offset + k) * hidden;
      for (int i = 0; i < hidden; i++) {
        acc[i] += w1t[base + i] * ek;
      }
    }
    float[] out = new float[hidden];
    for (int i = 0; i < hidden; i++) {
      out[i] = (float) acc[i];
    }
    if (computed.size() >= maxComputed) {
      computed.clear();
    }
    computed.put(index, out);
    return out;
  }

  private static float[] transpose(float[][] w1) {
    int rows = w1.length;
    int cols = w1[0].length;
    float[] t = new float[rows * cols];
    for (int i = 0; i < rows; i++) {
      for (int c = 0; c < cols; c++) {
        t[c * rows + i] = w1[i][c];
      }
    }
    return t;
  }

  private static Object read(Object owner, String name) {
    try {
      Field f = owner.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return f.get(owner);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's " + owner.getClass().getName() + " has no field " + name
          + " (CoreNLP version changed?)", e);
    }
  }

  private static void write(Object owner, String name, Object value) {
    try {
      Field f = owner.getClass().getDeclaredField(name);
      f.setAccessible(true);
      f.set(owner, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's " + owner.getClass().getName() + " has no field " + name, e);
    }
  }

  /** A read-only map from non-negative int keys to non-negative int values by open addressing; -1 when absent. */
  private static final class IntIndex {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntIndex(Map<Integer, Integer> source) {
      int capacity = Integer.highestOneBit(Math.max(4, source.size() * 2)) << 1;
      this.keys = new int[capacity];
      this.values = new int[capacity];
      this.mask = capacity - 1;
      java.util.Arrays.fill(keys, -1);
      source.forEach((k, v) -> {
        int slot = mix(k) & mask;
        while (keys[slot] != -1) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        values[slot] = v;
      });
    }

    int get(int key) {
      int slot = mix(key) & mask;
      while (true) {
        int k = keys[slot];
        if (k == key) {
          return values[slot];
        }
        if (k == -1) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }

    private static int mix(int k) {
      int h = k * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
