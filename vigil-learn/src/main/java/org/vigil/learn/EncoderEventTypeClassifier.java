package org.vigil.learn;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.model.EventTypeClassifier;
import org.vigil.model.Mode;
import org.vigil.model.TypePrediction;

/**
 * The learned {@link EventTypeClassifier}: a {@link SentenceEncoder} vector fed to the trained heads of a
 * {@link HeadBook} ("event", "root", "mode"). Vectors of recent texts are cached, and {@link #classifyAll}
 * encodes the uncached ones in one batch. Thread-safe.
 */
public final class EncoderEventTypeClassifier implements EventTypeClassifier {
  /** Classpath location of the bundled heads, written by {@code vigil train}. */
  public static final String HEADS = "/org/vigil/learn/event-type.heads";
  private static final int CACHE = 4096;

  private final SentenceEncoder encoder;
  private final HeadBook heads;
  private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHE;
    }
  };

  public EncoderEventTypeClassifier(SentenceEncoder encoder, HeadBook heads) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.heads = Objects.requireNonNull(heads, "heads");
    if (!heads.encoder().equals(encoder.name()) || heads.dimension() != encoder.dimension()) {
      throw new IllegalArgumentException("heads trained for " + heads.encoder() + "/" + heads.dimension()
          + " cannot run on " + encoder.name() + "/" + encoder.dimension());
    }
    if (heads.head("root").isEmpty()) {
      throw new IllegalArgumentException("heads file has no 'root' head");
    }
  }

  /** The bundled heads on this JVM's shared encoder (the model loads once per JVM). */
  public static EncoderEventTypeClassifier loadDefault() {
    return new EncoderEventTypeClassifier(OnnxSentenceEncoder.shared(), bundledHeads());
  }

  /** The heads bundled in this module's resources. */
  public static HeadBook bundledHeads() {
    InputStream in = EncoderEventTypeClassifier.class.getResourceAsStream(HEADS);
    if (in == null) {
      throw new IllegalStateException("classifier heads " + HEADS + " missing; run 'vigil train'");
    }
    return HeadBook.read(in, HEADS);
  }

  /** Forgets the cached vectors (for benchmarks that must pay for every sentence, as fresh news does). */
  public void forgetVectors() {
    synchronized (cache) {
      cache.clear();
    }
  }

  public HeadBook heads() {
    return heads;
  }

  @Override
  public TypePrediction classify(String sentence, String clause) {
    return classifyAll(List.of(clause == null || clause.isBlank() ? sentence : clause)).get(0);
  }

  @Override
  public List<TypePrediction> classifyAll(List<String> texts) {
    return vectors(texts).stream().map(this::predict).toList();
  }

  @Override
  public String modelHash() {
    return heads.hash();
  }

  /** Probabilities of every label of head {@code name} for {@code text}, or empty when no such head. */
  public Map<String, Double> probabilities(String head, String text) {
    float[] x = vectors(List.of(text)).get(0);
    return heads.head(head).map(h -> toMap(h, h.probabilities(x))).orElse(Map.of());
  }

  private TypePrediction predict(float[] x) {
    SoftmaxHead rootHead = heads.head("root").orElseThrow();
    Map<String, Double> roots = toMap(rootHead, rootHead.probabilities(x));
    double event = heads.head("event").map(h -> h.probabilities(x)[h.labels().indexOf("yes")]).orElse(1.0);
    String root = rootHead.best(x);
    Mode mode = Mode.ASSERTED;
    double modeP = 0;
    if (heads.head("mode").isPresent()) {
      SoftmaxHead m = heads.head("mode").get();
      double[] p = m.probabilities(x);
      int best = SoftmaxHead.argmax(p);
      mode = Mode.parse(m.labels().get(best));
      modeP = p[best];
    }
    return new TypePrediction(event, roots, root + "0", mode, modeP);
  }

  private static Map<String, Double> toMap(SoftmaxHead h, double[] p) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < p.length; k++) {
      m.put(h.labels().get(k), p[k]);
    }
    return m;
  }

  private List<float[]> vectors(List<String> texts) {
    List<String> missing = new ArrayList<>();
    synchronized (cache) {
      for (String t : texts) {
        if (!cache.containsKey(t) && !missing.contains(t)) {
          missing.add(t);
        }
      }
    }
    float[][] fresh = missing.isEmpty() ? new float[0][] : encoder.encode(missing);
    List<float[]> out = new ArrayList<>();
    synchronized (cache) {
      for (int i = 0; i < missing.size(); i++) {
        cache.put(missing.get(i), fresh[i]);
      }
      Map<String, float[]> local = new java.util.HashMap<>();
      for (int i = 0; i < missing.size(); i++) {
        local.put(missing.get(i), fresh[i]);
      }
      for (String t : texts) {
        float[] v = local.containsKey(t) ? local.get(t) : cache.get(t);
        out.add(v);
      }
    }
    return out;
  }
}
