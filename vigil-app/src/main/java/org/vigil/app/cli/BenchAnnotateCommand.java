package org.vigil.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;
import org.vigil.app.Pipeline;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.app.eval.GoldFile;
import org.vigil.gold.GoldSentence;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil bench annotate FILE.jsonl...}: start-up time, sentences/second and peak heap of the annotation
 * stage, over the {@code text} field of JSON Lines records (one article per record).
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Measure start-up, throughput and peak heap of annotation over JSONL texts.")
public final class BenchAnnotateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold-format JSON Lines files (id, date, text per line).")
  List<Path> files;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads.")
  int threads;

  @Option(names = "--rounds", defaultValue = "2", description = "Passes over the texts (first is warm-up).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    List<Article> articles = read(files);
    long t0 = System.nanoTime();
    Pipeline pipeline = PipelineFactory.load(new PipelineOptions(List.of(), threads));
    double startup = (System.nanoTime() - t0) / 1e9;
    System.out.printf("start-up (models, dictionaries, gazetteer): %.1f s%n", startup);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 1; round <= rounds; round++) {
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        long r0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : articles) {
          futures.add(pool.submit(() -> {
            AnnotatedArticle an = pipeline.annotator().annotate(a);
            sentences.addAndGet(an.sentences().size());
            parsed.addAndGet(an.sentences().stream().filter(Sentence::parsed).count());
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        double secs = (System.nanoTime() - r0) / 1e9;
        System.out.printf("round %d: %d sentences (%d parsed) in %.1f s = %.0f sentences/s on %d threads%n",
            round, sentences.get(), parsed.get(), secs, sentences.get() / secs, threads);
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf("peak heap: %.2f GB%n", peakHeapBytes() / 1e9);
    return 0;
  }

  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The sentences of gold-format files as one-sentence articles (the file reader reports bad lines). */
  private static List<Article> read(List<Path> files) {
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      GoldFile.Contents c = GoldFile.read(f, LocalDate.of(2024, 1, 1));
      c.problems().forEach(p -> System.err.println("vigil: " + p));
      for (GoldSentence s : c.sentences()) {
        out.add(Article.of(s.id(), s.date(), s.text()));
      }
    }
    return out;
  }
}
