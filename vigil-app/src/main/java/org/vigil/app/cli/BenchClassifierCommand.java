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
import org.vigil.model.CodedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil bench classifier DIR|FILE...}: end-to-end rate (annotate, code, place) on real-length articles in
 * the seed format ({@code date YYYY-MM-DD} then the text), with the learned classifier off and then on, in one
 * run: load time, wall and process-CPU seconds per article, events, and the classifier's share of the cost.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true,
    description = "End-to-end rate on real articles, classifier off then on, in one run.")
public final class BenchClassifierCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Seed-format article files or folders of them (*.txt).")
  List<Path> paths;

  @Option(names = "--rounds", defaultValue = "2", description = "Passes per setting; the first is warm-up.")
  int rounds;

  @Override
  public Integer call() {
    List<Article> articles = read(paths);
    if (articles.isEmpty()) {
      System.err.println("vigil: no seed-format articles under " + paths);
      return 2;
    }
    double[] off = run(articles, false);
    double[] on = run(articles, true);
    System.out.printf("classifier cost: %+.1f %% CPU per article, %+.1f %% wall (end-to-end rate %.2f -> %.2f articles"
        + " per CPU-second)%n", 100 * (on[0] / off[0] - 1), 100 * (on[1] / off[1] - 1), 1 / off[0], 1 / on[0]);
    return 0;
  }

  /** Returns CPU seconds and wall seconds per article of the last round. */
  private double[] run(List<Article> articles, boolean classifier) {
    long t0 = System.nanoTime();
    Pipeline pipeline = PipelineFactory.load(PipelineOptions.defaults().withClassifier(classifier));
    String name = classifier ? "classifier on " : "classifier off";
    System.out.printf("%s: load %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
    double[] last = new double[2];
    for (int round = 1; round <= rounds; round++) {
      long cpu0 = cpuNanos();
      long w0 = System.nanoTime();
      int events = 0;
      int sentences = 0;
      for (Article a : articles) {
        CodedArticle c = pipeline.process(a);
        events += c.events().size();
        sentences += c.annotated().sentences().size();
      }
      double cpu = (cpuNanos() - cpu0) / 1e9;
      double wall = (System.nanoTime() - w0) / 1e9;
      System.out.printf("%s round %d: %d articles, %d sentences, %d events; %.1f s wall, %.1f s CPU = %.2f articles"
          + "/CPU-s%n", name, round, articles.size(), sentences, events, wall, cpu, articles.size() / cpu);
      last = new double[] {cpu / articles.size(), wall / articles.size()};
    }
    System.out.printf("%s: peak heap %.2f GB%n", name, BenchAnnotateCommand.peakHeapBytes() / 1e9);
    return last;
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
