package org.vigil.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.app.Pipeline;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.app.eval.AnnotationCache;
import org.vigil.app.eval.CodingBenchmark;
import org.vigil.app.eval.Evaluator;
import org.vigil.app.eval.GoldFile;
import org.vigil.gold.GoldSentence;
import org.vigil.model.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil bench coding FILE.jsonl...}: sentences/second of the coding stage alone, on one thread, over the
 * annotated sentences of gold-format files (annotation is cached and not timed).
 */
@Command(name = "coding", mixinStandardHelpOptions = true,
    description = "Measure the coding stage alone (after annotation) on one core.")
public final class BenchCodingCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold-format JSONL files (a 'text' per line).")
  List<Path> files;

  @Option(names = "--cache", defaultValue = "target/annotation-cache", description = "Annotation cache folder.")
  Path cacheDir;

  @Option(names = "--seconds", defaultValue = "10", description = "Measured time after warm-up.")
  double seconds;

  @Override
  public Integer call() {
    Pipeline pipeline = PipelineFactory.load(PipelineOptions.defaults());
    Evaluator ev = new Evaluator(pipeline.annotator()::annotate, a -> pipeline.code(a).events(),
        Optional.of(new AnnotationCache(cacheDir)), pipeline.versions());
    List<AnnotatedArticle> annotated = new ArrayList<>();
    for (Path f : files) {
      for (GoldSentence s : GoldFile.read(f, java.time.LocalDate.of(2015, 1, 1)).sentences()) {
        annotated.add(ev.annotate(s));
      }
    }
    CodingBenchmark.Result r = CodingBenchmark.run(pipeline.coder(), annotated, seconds);
    System.out.printf("coding stage: %d sentences in %.1f s = %.0f sentences/s on one thread (%d events/pass)%n",
        r.sentences(), r.seconds(), r.sentencesPerSecond(), r.events());
    System.out.printf("per CPU-second of that thread: %.0f sentences/s%n", r.sentencesPerCpuSecond());
    return 0;
  }
}
