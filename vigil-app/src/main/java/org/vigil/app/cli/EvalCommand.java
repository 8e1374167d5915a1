package org.vigil.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.app.Pipeline;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.app.eval.AnnotationCache;
import org.vigil.gold.DocumentGold;
import org.vigil.app.eval.GoldFiles;
import org.vigil.app.eval.SharedTexts;
import org.vigil.app.eval.EvalReport;
import org.vigil.app.eval.Evaluator;
import org.vigil.app.eval.Score;
import org.vigil.model.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil eval FILE.jsonl...}: scores gold files (one sentence per line with its expected events) and prints
 * precision, recall and F1 at three levels. Exit 0, or 2 when a file is missing.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score gold files of expected events: P/R/F1 for root, country dyad + root, full code.")
public final class EvalCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Gold JSONL files or folders of them (sentence gold, or real-text gold pointing at ../shared).")
  List<Path> files;

  @Option(names = "--shared", description = "The shared folder holding corpus/ (default: ../shared of Vigil's home).")
  Path shared;

  @Option(names = "--split", description = "Real-text gold: dev (default), test or all. Score test at most once a session.",
      defaultValue = "dev")
  String split;

  @Option(names = "--format", description = "text (default) or json.", defaultValue = "text")
  Format format;

  @Option(names = "--classifier", paramLabel = "on|off",
      description = "Whether the coder consults the learned event classifier (default: on, or -Dvigil.classifier=off).")
  String classifier;

  @Option(names = "--cache", description = "Folder that caches annotations between runs.")
  Path cacheDir;

  @Option(names = "--diff", description = "Also list sentences where coded and expected differ.")
  boolean diff;

  @Option(names = "--modes", split = ",", description = "Event modes that count (default: asserted,future).")
  List<String> modes = List.of("asserted", "future");

  @Option(names = "--disable-rule", paramLabel = "NAME",
      description = "Switch a coder rule off (repeatable; names: see --by-rule).")
  List<String> disabledRules = new java.util.ArrayList<>();

  @Option(names = "--by-rule", description = "Each coder rule's hits on the gold files given (real-text gold: per "
      + "corpus of the split), and the country dyad + root P/R/F1 with that rule switched off (ablation).")
  boolean byRule;

  @Override
  public Integer call() {
    if (!List.of("dev", "test", "all").contains(split)) {
      System.err.println("vigil: --split must be dev, test or all, not '" + split + "'");
      return 2;
    }
    List<Path> sentenceGold = new java.util.ArrayList<>();
    List<Path> confliBert = new java.util.ArrayList<>();
    List<Path> documentGold = new java.util.ArrayList<>();
    for (Path f : files) {
      if (!Files.exists(f)) {
        System.err.println("vigil: no such gold file " + f);
        return 2;
      }
      if (f.toString().endsWith(".tsv") || f.toString().endsWith(".bio")) {
        confliBert.add(f);
        continue;
      }
      for (Path g : GoldFiles.expand(f)) {
        (DocumentGold.isDocumentGold(g) ? documentGold : sentenceGold).add(g);
      }
    }
    Optional<Path> sharedRoot = Optional.ofNullable(shared).or(SharedTexts::locate);
    if (!documentGold.isEmpty() && sharedRoot.isEmpty()) {
      System.err.println("vigil: real-text gold needs the shared corpus; give --shared DIR");
      return 2;
    }
    if (classifier != null && !List.of("on", "off").contains(classifier)) {
      System.err.println("vigil: --classifier must be on or off, not '" + classifier + "'");
      return 2;
    }
    boolean learned = classifier == null ? PipelineOptions.classifierByDefault() : classifier.equals("on");
    org.vigil.coding.RuleSwitches switches;
    try {
      switches = org.vigil.coding.RuleSwitches.disabling(disabledRules);
    } catch (IllegalArgumentException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    Pipeline loaded = PipelineFactory.load(PipelineOptions.defaults().withClassifier(learned));
    Pipeline pipeline = switches.off().isEmpty() ? loaded : loaded.withRules(switches, null);
    Evaluator ev = new Evaluator(pipeline.annotator()::annotate, a -> pipeline.code(a).events(),
        Optional.ofNullable(cacheDir).map(AnnotationCache::new), pipeline.annotationKey());
    if (byRule) {
      if (!documentGold.isEmpty()) {
        new DocumentEvalRun(loaded, Optional.ofNullable(cacheDir).map(AnnotationCache::new),
            new SharedTexts(sharedRoot.get()), split, parseModes()).ablate(documentGold, switches);
      }
      if (!sentenceGold.isEmpty()) {
        var lines = new org.vigil.app.eval.RuleAblation(loaded, ev, switches, parseModes()).run(sentenceGold);
        System.out.print(org.vigil.app.eval.RuleAblation.toText(lines));
      }
      return 0;
    }
    ObjectMapper json = new ObjectMapper();
    if (!documentGold.isEmpty()) {
      new DocumentEvalRun(pipeline, Optional.ofNullable(cacheDir).map(AnnotationCache::new),
          new SharedTexts(sharedRoot.get()), split, parseModes()).run(documentGold, format == Format.json, diff);
    }
    for (Path f : confliBert) {
      new ConfliBertEvalRun(pipeline, ev, parseModes()).run(f);
    }
    for (Path f : sentenceGold) {
      EvalReport r = ev.evaluate(f, parseModes());
      if (format == Format.json) {
        System.out.println(toJson(json, r));
      } else {
        System.out.print(r.toText());
        if (diff) {
          r.differences().forEach(d -> System.out.println("  " + d));
        }
      }
    }
    return 0;
  }

  private java.util.Set<Mode> parseModes() {
    return modes.stream().map(Mode::parse).collect(java.util.stream.Collectors.toSet());
  }

  static String toJson(ObjectMapper json, EvalReport r) {
    ObjectNode n = json.createObjectNode();
    n.put("file", r.file());
    n.put("sentences", r.sentences());
    level(n.putObject("root"), r.root());
    level(n.putObject("dyad_root"), r.dyadRoot());
    level(n.putObject("code"), r.code());
    n.put("no_event_sentences", r.noEventSentences());
    n.put("no_event_left_empty", r.noEventEmpty());
    n.put("no_event_share", r.noEventShare());
    try {
      return json.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void level(ObjectNode n, Score s) {
    n.put("precision", s.precision());
    n.put("recall", s.recall());
    n.put("f1", s.f1());
    n.put("tp", s.tp());
    n.put("fp", s.fp());
    n.put("fn", s.fn());
  }
}
