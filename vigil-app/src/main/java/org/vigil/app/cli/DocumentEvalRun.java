package org.vigil.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.app.Pipeline;
import org.vigil.app.eval.RuleAblation;
import org.vigil.app.eval.Score;
import org.vigil.coding.CoderRule;
import org.vigil.coding.RuleHits;
import org.vigil.coding.RuleSwitches;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.app.eval.AnnotationCache;
import org.vigil.app.eval.DocumentEvaluator;
import org.vigil.gold.DocumentGold;
import org.vigil.gold.GoldSplit;
import org.vigil.app.eval.SharedTexts;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;

/**
 * The real-text part of {@code vigil eval}: reads document gold, keeps the chosen split (from the
 * {@code split.tsv} beside or above the files), and scores each corpus on whole coded documents.
 */
final class DocumentEvalRun {
  private final Pipeline pipeline;
  private final Optional<AnnotationCache> cache;
  private final SharedTexts texts;
  private final String split;
  private final Set<Mode> modes;

  DocumentEvalRun(Pipeline pipeline, Optional<AnnotationCache> cache, SharedTexts texts, String split,
      Set<Mode> modes) {
    this.pipeline = pipeline;
    this.cache = cache;
    this.texts = texts;
    this.split = split;
    this.modes = modes;
  }

  void run(List<Path> files, boolean asJson, boolean diff) {
    Map<String, List<DocumentGold.Line>> byCorpus = byCorpus(files);
    DocumentEvaluator ev = new DocumentEvaluator(this::annotate, a -> pipeline.code(a).events(), texts,
        Ontology.loadDefault());
    for (Map.Entry<String, List<DocumentGold.Line>> e : byCorpus.entrySet()) {
      DocumentEvaluator.Result r = ev.evaluate("real " + e.getKey() + " (" + split + ")", e.getValue(), modes);
      if (asJson) {
        System.out.println(json(r));
      } else {
        System.out.print(r.report().toText());
        System.out.printf(Locale.ROOT, "five-class accuracy of the primary event: %d/%d (%.3f); no event: %d%n",
            r.fiveCorrect(), r.fiveScored(), r.fiveAccuracy(), r.fiveEmpty());
        System.out.printf(Locale.ROOT, "source+target country+PLOVER type: P %.3f R %.3f F1 %.3f%n",
            r.ploverDyad().precision(), r.ploverDyad().recall(), r.ploverDyad().f1());
        if (diff) {
          r.report().differences().forEach(d -> System.out.println("  " + d));
        }
      }
    }
  }

  /**
   * {@code --by-rule} on real text: per corpus, each rule's hits and the country dyad + root score of the split with
   * that rule switched off (documents annotated once, kept in memory). {@code pipeline} must be the one loaded with
   * every rule as {@code base} says.
   */
  void ablate(List<Path> files, RuleSwitches base) {
    Map<Article, AnnotatedArticle> annotated = new java.util.HashMap<>();
    java.util.function.Function<Article, AnnotatedArticle> once = a -> annotated.computeIfAbsent(a, this::annotate);
    for (Map.Entry<String, List<DocumentGold.Line>> e : byCorpus(files).entrySet()) {
      RuleHits hits = new RuleHits();
      Map<String, Long> carried = new java.util.HashMap<>();
      Pipeline on = pipeline.withRules(base, hits);
      Score baseline = score(once, a -> {
        List<Event> events = on.code(a).events();
        events.forEach(ev -> ev.rules().forEach(r -> carried.merge(r, 1L, Long::sum)));
        return events;
      }, e.getValue());
      List<RuleAblation.Line> lines = new ArrayList<>();
      for (CoderRule r : CoderRule.values()) {
        if (base.on(r)) {
          Pipeline off = pipeline.withRules(base.without(r), null);
          Score without = score(once, a -> off.code(a).events(), e.getValue());
          lines.add(new RuleAblation.Line(r, hits.snapshot().getOrDefault(r, 0L),
              carried.getOrDefault(r.ruleName(), 0L), without, baseline));
        }
      }
      System.out.println("real " + e.getKey() + " (" + split + ")");
      System.out.print(RuleAblation.toText(lines));
    }
  }

  private Score score(java.util.function.Function<Article, AnnotatedArticle> annotator,
      java.util.function.Function<AnnotatedArticle, List<Event>> coder, List<DocumentGold.Line> lines) {
    return new DocumentEvaluator(annotator, coder, texts, Ontology.loadDefault()).evaluate("ablation", lines, modes)
        .report().dyadRoot();
  }

  private AnnotatedArticle annotate(Article a) {
    return cache.map(c -> c.get(a, pipeline.annotationKey(), pipeline.annotator()::annotate))
        .orElseGet(() -> pipeline.annotator().annotate(a));
  }

  private Map<String, List<DocumentGold.Line>> byCorpus(List<Path> files) {
    Map<String, List<DocumentGold.Line>> byCorpus = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      DocumentGold.Contents c = DocumentGold.read(f);
      problems.addAll(c.problems());
      GoldSplit s = GoldSplit.read(splitFile(f));
      for (DocumentGold.Line l : c.lines()) {
        try {
          if (split.equals("all") || s.splitOf(l.corpus(), l.doc()).equals(split)) {
            byCorpus.computeIfAbsent(l.corpus(), k -> new ArrayList<>()).add(l);
          }
        } catch (IllegalArgumentException e) {
          problems.add(l.where() + ": " + e.getMessage());
        }
      }
    }
    problems.forEach(p -> System.err.println("vigil: " + p));
    return byCorpus;
  }

  private static Path splitFile(Path goldFile) {
    for (Path d = goldFile.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("split.tsv"))) {
        return d.resolve("split.tsv");
      }
    }
    throw new IllegalArgumentException("no split.tsv beside or above " + goldFile);
  }

  private static String json(DocumentEvaluator.Result r) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode n = (ObjectNode) readTree(json, EvalCommand.toJson(json, r.report()));
    n.put("five_class_scored", r.fiveScored());
    n.put("five_class_correct", r.fiveCorrect());
    n.put("five_class_accuracy", r.fiveAccuracy());
    n.put("five_class_no_event", r.fiveEmpty());
    EvalCommand.level(n.putObject("dyad_plover"), r.ploverDyad());
    try {
      return json.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(ObjectMapper json, String s) {
    try {
      return json.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
