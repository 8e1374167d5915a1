package org.vigil.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.app.Pipeline;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.model.Article;
import org.vigil.coding.CoderRule;
import org.vigil.coding.RuleSwitches;
import org.vigil.learn.EncoderEventTypeClassifier;
import org.vigil.learn.OnnxSentenceEncoder;
import org.vigil.model.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil bench classifier DIR|FILE...}: end-to-end cost (annotate, code, place) on real-length articles in
 * the seed format ({@code date YYYY-MM-DD} then the text), with the learned classifier off and on, in one run.
 * Both settings share one loaded pipeline and each round's annotations (the classifier does not change what is
 * parsed), so the difference is the classifier's own cost: rule classifier-type switched off against on, plus the
 * encoder's CPU per sentence it encoded and the model's load time.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true,
    description = "End-to-end rate on real articles, classifier off and on, in one run.")
public final class BenchClassifierCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Seed-format article files or folders of them (*.txt).")
  List<Path> paths;

  @Option(names = "--rounds", defaultValue = "3", description = "Passes; the first is warm-up, the others are summed.")
  int rounds;

  @Override
  public Integer call() {
    List<Article> articles = read(paths);
    if (articles.isEmpty()) {
      System.err.println("vigil: no seed-format articles under " + paths);
      return 2;
    }
    long t0 = System.nanoTime();
    Pipeline on = PipelineFactory.load(PipelineOptions.defaults().withClassifier(true));
    OnnxSentenceEncoder encoder = OnnxSentenceEncoder.shared();
    System.out.printf("pipeline load %.1f s, of which the sentence encoder %.1f s%n", (System.nanoTime() - t0) / 1e9,
        encoder.loadMillis() / 1e3);
    Pipeline off = on.withRules(RuleSwitches.allOn().without(CoderRule.CLASSIFIER_TYPE), null);
    double[] sum = new double[3];
    long[] enc = new long[2];
    for (int round = 1; round <= rounds; round++) {
      double[] r = round(articles, off, on, encoder, round > 1 ? enc : new long[2]);
      for (int k = 0; k < 3 && round > 1; k++) {
        sum[k] += r[k];
      }
    }
    double offCpu = sum[0] + sum[1];
    double onCpu = sum[0] + sum[2];
    int n = articles.size() * Math.max(1, rounds - 1);
    System.out.printf("end to end, classifier off: %.2f articles per CPU-second; on: %.2f (%+.1f %% CPU)%n",
        n / offCpu, n / onCpu, 100 * (onCpu / offCpu - 1));
    System.out.printf("encoder: %d sentences, %.1f ms CPU each%n", enc[0], enc[0] == 0 ? 0 : enc[1] / 1e6 / enc[0]);
    System.out.printf("peak heap %.2f GB%n", BenchAnnotateCommand.peakHeapBytes() / 1e9);
    return 0;
  }

  /** One pass: annotate, then code and place with the classifier off and on; CPU seconds of the three steps. */
  private static double[] round(List<Article> articles, Pipeline off, Pipeline on, OnnxSentenceEncoder encoder,
      long[] enc) {
    long cpu0 = cpuNanos();
    List<AnnotatedArticle> annotated = articles.stream().map(a -> on.annotator().annotate(a)).toList();
    long cpu1 = cpuNanos();
    int offEvents = annotated.stream().mapToInt(a -> off.code(a).events().size()).sum();
    long cpu2 = cpuNanos();
    PipelineFactory.loadedClassifier().ifPresent(EncoderEventTypeClassifier::forgetVectors);
    long e0 = encoder.encoded();
    long n0 = encoder.encodingCpuNanos();
    int onEvents = annotated.stream().mapToInt(a -> on.code(a).events().size()).sum();
    long cpu3 = cpuNanos();
    enc[0] += encoder.encoded() - e0;
    enc[1] += encoder.encodingCpuNanos() - n0;
    int sentences = annotated.stream().mapToInt(a -> a.sentences().size()).sum();
    System.out.printf("%d articles, %d sentences: annotate %.2f s CPU; code+place off %.2f s (%d events), on %.2f s"
        + " (%d events, %d sentences encoded)%n", articles.size(), sentences, (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9,
        offEvents, (cpu3 - cpu2) / 1e9, onEvents, encoder.encoded() - e0);
    return new double[] {(cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, (cpu3 - cpu2) / 1e9};
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static List<Article> read(List<Path> paths) {
    List<Article> out = new ArrayList<>();
    for (Path p : paths) {
      try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        for (Path f : s.filter(x -> x.toString().endsWith(".txt") && Files.isRegularFile(x)).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          if (!text.startsWith("date ") || text.length() < 16) {
            System.err.println("vigil: skipped " + f + ": no 'date YYYY-MM-DD' at the start");
            continue;
          }
          out.add(Article.of(f.getFileName().toString(), LocalDate.parse(text.substring(5, 15)),
              text.substring(15).strip()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    }
    return out;
  }
}
