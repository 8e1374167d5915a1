package org.vigil.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;
import org.vigil.app.Pipeline;
import org.vigil.app.ingest.StageTimes;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;

/**
 * Runs one kind of work over the same articles on a pool of threads and measures it: sentences per second of
 * wall time, CPU seconds per stage (summed over threads), peak heap and peak resident memory. Not thread-safe.
 */
final class PipelineBenchmark {
  /** What one measured pass did. */
  record Pass(String name, long sentences, double seconds, long peakHeap, long peakRss, double[] stageCpu,
      double processCpu, double[] gc, String threadCpu) {
    double sentencesPerSecond() {
      return sentences / Math.max(seconds, 1e-9);
    }
  }

  static final String[] STAGES = {"annotate", "code", "place"};
  private final List<Article> articles;
  private final int threads;

  PipelineBenchmark(List<Article> articles, int threads) {
    this.articles = List.copyOf(articles);
    this.threads = threads;
  }

  /** The parse-only floor: {@code parse} returns an article's sentence count. */
  Pass floor(String name, ToIntFunction<String> parse, int warmup) {
    LongAdder[] cpu = {new LongAdder()};
    return run(name, warmup, a -> {
      long c0 = StageTimes.cpuNow();
      int n = parse.applyAsInt(a.text());
      cpu[0].add(StageTimes.cpuNow() - c0);
      return n;
    }, cpu);
  }

  /** Vigil end to end: annotate, code (with actors), place; CPU time kept per stage. */
  Pass vigil(Pipeline p, int warmup) {
    LongAdder[] cpu = {new LongAdder(), new LongAdder(), new LongAdder()};
    return run("Vigil end to end", warmup, a -> {
      long c0 = StageTimes.cpuNow();
      AnnotatedArticle an = p.annotator().annotate(a);
      long c1 = StageTimes.cpuNow();
      CodedArticle coded = p.codeEvents(an);
      long c2 = StageTimes.cpuNow();
      p.place(coded);
      cpu[0].add(c1 - c0);
      cpu[1].add(c2 - c1);
      cpu[2].add(StageTimes.cpuNow() - c2);
      return an.sentences().size();
    }, cpu);
  }

  private Pass run(String name, int warmup, ToIntFunction<Article> work, LongAdder[] cpu) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      submitAll(pool, articles.subList(0, Math.min(warmup, articles.size())), work);
      for (LongAdder a : cpu) {
        a.reset();
      }
      MemoryMeter.reset();
      double p0 = MemoryMeter.processCpu();
      double[] gc0 = MemoryMeter.gc();
      var threads0 = ThreadCpu.snapshot();
      long t0 = System.nanoTime();
      long sentences = submitAll(pool, articles, work);
      double secs = (System.nanoTime() - t0) / 1e9;
      double processCpu = MemoryMeter.processCpu() - p0;
      double[] gc1 = MemoryMeter.gc();
      double[] stageCpu = new double[cpu.length];
      for (int i = 0; i < cpu.length; i++) {
        stageCpu[i] = cpu[i].sum() / 1e9;
      }
      return new Pass(name, sentences, secs, MemoryMeter.peakHeap(), MemoryMeter.peakRss(), stageCpu,
          processCpu, new double[] {gc1[0] - gc0[0], gc1[1] - gc0[1]}, ThreadCpu.between(threads0, ThreadCpu.snapshot()));
    } finally {
      pool.shutdown();
    }
  }

  private static long submitAll(ExecutorService pool, List<Article> batch, ToIntFunction<Article> work) {
    List<Future<Integer>> futures = new ArrayList<>();
    for (Article a : batch) {
      futures.add(pool.submit(() -> work.applyAsInt(a)));
    }
    long total = 0;
    try {
      for (Future<Integer> f : futures) {
        total += f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark article failed: " + e.getCause(), e.getCause());
    }
    return total;
  }
}
