package org.vigil.learn.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.learn.HeadBook;
import org.vigil.learn.HeadTrainer;
import org.vigil.learn.SentenceEncoder;
import org.vigil.learn.SoftmaxHead;

/**
 * Trains every head on the texts that carry its label, leaving out the {@link HoldOut} 20 %, and measures each
 * head's accuracy on that held-out part (overall and per data set). Deterministic for a given seed.
 */
public final class TrainingRun {
  /** The label set of each head, in row order. */
  public static final Map<String, List<String>> HEADS = heads();

  private final SentenceEncoder encoder;
  private final HeadTrainer trainer;

  public TrainingRun(SentenceEncoder encoder, HeadTrainer trainer) {
    this.encoder = encoder;
    this.trainer = trainer;
  }

  /** Trains on {@code data} and prints held-out accuracies to {@code report}. */
  public HeadBook run(List<LabelledText> data, PrintStream report) {
    List<LabelledText> texts = dedupe(data);
    long start = System.nanoTime();
    float[][] x = encoder.encode(texts.stream().map(LabelledText::text).toList());
    report.printf("encoded %d texts in %.1f s%n", texts.size(), (System.nanoTime() - start) / 1e9);
    boolean[] held = new boolean[texts.size()];
    for (int i = 0; i < held.length; i++) {
      held[i] = HoldOut.isHeldOut(texts.get(i).text());
    }
    List<SoftmaxHead> heads = new ArrayList<>();
    for (Map.Entry<String, List<String>> h : HEADS.entrySet()) {
      SoftmaxHead head = trainHead(h.getKey(), h.getValue(), texts, x, held);
      if (head != null) {
        heads.add(head);
        report.print(measure(head, texts, x, held));
      }
    }
    return new HeadBook(encoder.name(), encoder.dimension(), heads);
  }

  private SoftmaxHead trainHead(String name, List<String> labels, List<LabelledText> texts, float[][] x,
      boolean[] held) {
    List<float[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String label = texts.get(i).labels().get(name);
      if (!held[i] && label != null && labels.contains(label)) {
        xs.add(x[i]);
        ys.add(labels.indexOf(label));
      }
    }
    if (ys.stream().distinct().count() < 2) {
      return null;
    }
    return trainer.train(name, labels, xs.toArray(float[][]::new), ys.stream().mapToInt(Integer::intValue).toArray());
  }

  /** "head root: held-out accuracy 0.712 (n=300); conflibert 0.70 (n=..), ngec ..." */
  static String measure(SoftmaxHead head, List<LabelledText> texts, float[][] x, boolean[] held) {
    Map<String, int[]> bySet = new LinkedHashMap<>();
    int[] all = new int[2];
    int train = 0;
    for (int i = 0; i < texts.size(); i++) {
      String label = texts.get(i).labels().get(head.name());
      if (label == null || !head.labels().contains(label)) {
        continue;
      }
      if (!held[i]) {
        train++;
        continue;
      }
      boolean right = head.best(x[i]).equals(label);
      String set = texts.get(i).origin().replaceFirst("[:#].*", "");
      set = set.startsWith("voa-") ? "voa" : set.startsWith("wce-") ? "wce" : set;
      int[] c = bySet.computeIfAbsent(set, k -> new int[2]);
      c[0] += right ? 1 : 0;
      c[1]++;
      all[0] += right ? 1 : 0;
      all[1]++;
    }
    StringBuilder s = new StringBuilder(String.format("head %-5s trained on %5d; held-out accuracy %.3f (n=%d)",
        head.name(), train, all[1] == 0 ? 0 : all[0] / (double) all[1], all[1]));
    bySet.forEach((k, c) -> s.append(String.format("; %s %.3f (n=%d)", k, c[0] / (double) c[1], c[1])));
    return s.append('\n').toString();
  }

  /** One entry per distinct text (the first one's labels, completed by later ones' for other heads). */
  static List<LabelledText> dedupe(List<LabelledText> data) {
    Map<String, LabelledText> byText = new LinkedHashMap<>();
    for (LabelledText t : data) {
      String key = t.text().strip();
      LabelledText seen = byText.get(key);
      if (seen == null) {
        byText.put(key, t);
      } else {
        Map<String, String> merged = new LinkedHashMap<>(t.labels());
        merged.putAll(seen.labels());
        byText.put(key, new LabelledText(seen.text(), seen.origin(), merged));
      }
    }
    return List.copyOf(byText.values());
  }

  private static Map<String, List<String>> heads() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(LabelledText.EVENT, List.of("no", "yes"));
    List<String> roots = new ArrayList<>();
    for (int r = 1; r <= 20; r++) {
      roots.add(String.format("%02d", r));
    }
    m.put(LabelledText.ROOT, List.copyOf(roots));
    m.put(LabelledText.FIVE, List.of("0", "1", "2", "3", "4"));
    m.put(LabelledText.MODE, List.of("asserted", "negated", "hypothetical", "future", "historical", "reported"));
    return java.util.Collections.unmodifiableMap(m);
  }
}
