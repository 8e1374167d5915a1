package org.vigil.app.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.vigil.app.Pipeline;
import org.vigil.coding.CoderRule;
import org.vigil.coding.RuleHits;
import org.vigil.coding.RuleSwitches;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Mode;
import org.vigil.gold.GoldSentence;

/**
 * {@code vigil eval --by-rule}: each coder rule's hits on the gold files, and the ablation — the country dyad +
 * root score of all files pooled with that rule switched off, and its delta against the baseline. Sentences are
 * annotated once and kept in memory, so each ablation reruns coding only. Not thread-safe.
 */
public final class RuleAblation {
  private static final LocalDate FALLBACK_DATE = LocalDate.of(2015, 1, 1);

  /**
   * One rule's line.
   *
   * @param rule the rule
   * @param hits how often it fired with every other rule as given
   * @param events events carrying it
   * @param without the pooled country dyad + root score with it off
   * @param baseline the pooled score with it on
   */
  public record Line(CoderRule rule, long hits, long events, Score without, Score baseline) {
    /** F1 with the rule off minus F1 with it on: negative when the rule helps. */
    public double deltaF1() {
      return without.f1() - baseline.f1();
    }
  }

  private final Pipeline pipeline;
  private final Evaluator evaluator;
  private final RuleSwitches base;
  private final Set<Mode> modes;

  /** Ablates from {@code base} switches, annotating through {@code evaluator}, counting {@code modes}. */
  public RuleAblation(Pipeline pipeline, Evaluator evaluator, RuleSwitches base, Set<Mode> modes) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    this.base = Objects.requireNonNull(base, "base");
    this.modes = Set.copyOf(modes);
  }

  /** One line per rule that is on in the base switches, in registry order. */
  public List<Line> run(List<Path> goldFiles) {
    Map<GoldSentence, AnnotatedArticle> annotated = new IdentityHashMap<>();
    List<GoldSentence> sentences = new ArrayList<>();
    for (Path f : goldFiles) {
      for (GoldSentence s : GoldFile.read(f, FALLBACK_DATE).sentences()) {
        if (s.evaluate()) {
          sentences.add(s);
          annotated.put(s, evaluator.annotate(s));
        }
      }
    }
    RuleHits hits = new RuleHits();
    Map<String, Long> carried = new java.util.HashMap<>();
    Pipeline on = pipeline.withRules(base, hits);
    Score baseline = score(sentences, s -> {
      var events = on.code(annotated.get(s)).events();
      events.forEach(e -> e.rules().forEach(r -> carried.merge(r, 1L, Long::sum)));
      return events;
    });
    Map<CoderRule, Long> fired = hits.snapshot();
    List<Line> out = new ArrayList<>();
    for (CoderRule r : CoderRule.values()) {
      if (!base.on(r)) {
        continue;
      }
      Pipeline off = pipeline.withRules(base.without(r), null);
      Score without = score(sentences, s -> off.code(annotated.get(s)).events());
      out.add(new Line(r, fired.getOrDefault(r, 0L), carried.getOrDefault(r.ruleName(), 0L), without, baseline));
    }
    return out;
  }

  private Score score(List<GoldSentence> sentences, Function<GoldSentence, List<org.vigil.model.Event>> coder) {
    return Scorer.score("pooled", sentences, coder, modes).dyadRoot();
  }

  /** The lines as a table, most helpful rule (largest F1 loss when off) first. */
  public static String toText(List<Line> lines) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(java.util.Comparator.comparingDouble(Line::deltaF1).thenComparing(l -> l.rule().ruleName()));
    StringBuilder sb = new StringBuilder();
    if (!lines.isEmpty()) {
      Score b = lines.get(0).baseline();
      sb.append(String.format(java.util.Locale.ROOT, "baseline country dyad + root (pooled): P %.3f R %.3f F1 %.3f"
          + " (TP %d FP %d FN %d)%n", b.precision(), b.recall(), b.f1(), b.tp(), b.fp(), b.fn()));
    }
    sb.append(String.format(java.util.Locale.ROOT, "%-28s %-10s %6s %6s %6s %6s %6s %7s %7s %7s%n", "rule (off)",
        "phase", "hits", "events", "P", "R", "F1", "dP", "dR", "dF1"));
    for (Line l : sorted) {
      Score w = l.without();
      Score b = l.baseline();
      sb.append(String.format(java.util.Locale.ROOT, "%-28s %-10s %6d %6d %6.3f %6.3f %6.3f %+7.3f %+7.3f %+7.3f%n",
          l.rule().ruleName(), l.rule().phase().name().toLowerCase(java.util.Locale.ROOT), l.hits(), l.events(),
          w.precision(), w.recall(), w.f1(), w.precision() - b.precision(), w.recall() - b.recall(), l.deltaF1()));
    }
    return sb.toString();
  }
}
