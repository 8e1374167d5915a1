package org.vigil.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.vigil.app.Pipeline;
import org.vigil.app.eval.ConfliBertScorer;
import org.vigil.app.eval.ConfliBertSets;
import org.vigil.app.eval.Evaluator;
import org.vigil.gold.GoldSentence;
import org.vigil.app.eval.Score;
import org.vigil.learn.train.HoldOut;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/**
 * The ConfliBERT part of {@code vigil eval}: five-class accuracy ({@code .tsv}, on the sentences {@link HoldOut}
 * keeps from the classifier's training) or actor-span agreement ({@code .bio}).
 */
final class ConfliBertEvalRun {
  private final Function<GoldSentence, List<Event>> coder;
  private final Set<Mode> modes;

  ConfliBertEvalRun(Pipeline pipeline, Evaluator evaluator, Set<Mode> modes) {
    this.coder = s -> pipeline.code(evaluator.annotate(s)).events();
    this.modes = modes;
  }

  void run(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".tsv")) {
      ConfliBertSets.Contents<ConfliBertSets.Labelled> c = ConfliBertSets.readFiveClass(file);
      c.problems().forEach(p -> System.err.println("vigil: " + p));
      System.out.print(ConfliBertScorer.fiveClass(c.items(), HoldOut::isHeldOut, coder, modes)
          .toText(name + " (the 20 % 'vigil train' holds out)"));
    } else {
      ConfliBertSets.Contents<ConfliBertSets.Spans> c = ConfliBertSets.readSpans(file);
      c.problems().forEach(p -> System.err.println("vigil: " + p));
      print(name + " source spans", ConfliBertScorer.actorSpans(c.items(), t -> true, coder, modes, true));
      print(name + " target spans", ConfliBertScorer.actorSpans(c.items(), t -> true, coder, modes, false));
    }
  }

  private static void print(String what, Score s) {
    System.out.printf(Locale.ROOT, "%s: P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)%n", what, s.precision(),
        s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
  }
}
