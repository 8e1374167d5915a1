package org.vigil.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.vigil.ingest.InputScanner;
import org.vigil.ingest.ReadResult;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Rejection;
import org.vigil.store.ArticleLedger;
import org.vigil.store.CodingVersions;
import org.vigil.store.ContentHash;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreLayout;
import org.vigil.store.incident.MergeSettings;

/**
 * One ingest: the calling thread reads the inputs and skips articles already stored; {@code workers} threads
 * annotate and code in parallel; one writer thread stores coded articles in batches. Because each batch commits
 * whole and duplicates are recognised by content hash, a run killed at any moment and started again with the
 * same inputs ends with the same store as one uninterrupted run. Use once.
 */
public final class IngestRun {
  /**
   * How to run.
   *
   * @param layout the store
   * @param date fallback date for inputs without one
   * @param workers annotation threads
   * @param batchSize most articles per store transaction
   * @param snapshotEvery how often readers' snapshot is refreshed during the run
   */
  public record Settings(StoreLayout layout, Optional<LocalDate> date, int workers, int batchSize,
      Duration snapshotEvery) {
    public Settings {
      Objects.requireNonNull(layout, "layout");
      if (workers < 1 || batchSize < 1) {
        throw new IllegalArgumentException("workers and batchSize must be >= 1");
      }
    }
  }

  private final ArticleProcessor processor;
  private final java.util.function.Supplier<CodingVersions> versions;
  private final Settings settings;
  private final StageTimes times;
  private final IngestCounters counters = new IngestCounters();
  private final InFlightKeys keys = new InFlightKeys();

  public IngestRun(ArticleProcessor processor, CodingVersions versions, Settings settings, StageTimes times) {
    this(processor, () -> versions, settings, times);
    Objects.requireNonNull(versions, "versions");
  }

  /** A run whose versions are known only once the processor has loaded (asked for at the first store write). */
  public IngestRun(ArticleProcessor processor, java.util.function.Supplier<CodingVersions> versions,
      Settings settings, StageTimes times) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.versions = Objects.requireNonNull(versions, "versions");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.times = Objects.requireNonNull(times, "times");
  }

  /** Ingests {@code inputs} (files, folders, "-"); draws progress on {@code progress} when not null. */
  public IngestReport run(List<String> inputs, InputStream stdin, PrintStream progress) {
    long start = System.nanoTime();
    List<Path> files;
    try {
      files = InputScanner.expand(inputs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list inputs " + inputs, e);
    }
    counters.filesTotal = files.size();
    counters.bytesTotal = files.stream().mapToLong(IngestRun::sizeOf).sum();
    try (DuckDbEventStore store = DuckDbEventStore.open(settings.layout());
        ProgressLine bar = progress == null ? null : new ProgressLine(counters, progress)) {
      store.publishSnapshot();
      StoreWriter writer = new StoreWriter(store, versions, settings, counters, times, keys);
      writer.start();
      readAndProcess(files, stdin, store.ledger(), writer);
      writer.finish();
      counters.incidentDyads.addAndGet(store.mergeIncidents(MergeSettings.DEFAULT));
      store.publishSnapshot();
    }
    return new IngestReport(counters.read.get(), counters.added.get(), counters.newVersions.get(),
        counters.duplicates.get(), counters.events.get(), (int) counters.incidentDyads.get(), Duration.ofNanos(System.nanoTime() - start),
        counters.rejections);
  }

  private void readAndProcess(List<Path> files, InputStream stdin, ArticleLedger ledger, StoreWriter writer) {
    ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), r -> {
      Thread t = new Thread(r, "vigil-annotate");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(settings.workers() * 4);
    InputScanner scanner = new InputScanner(settings.date(), stdin);
    counters.bytesRead = scanner::bytesRead;
    try {
      for (Path file : files) {
        writer.checkHealthy();
        scanner.scan(file, r -> accept(r, ledger, pool, inFlight, writer));
        counters.filesDone.incrementAndGet();
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
  }

  private void accept(ReadResult r, ArticleLedger ledger, ExecutorService pool, Semaphore inFlight,
      StoreWriter writer) {
    if (r.rejection() != null) {
      counters.rejections.add(r.rejection());
      return;
    }
    Article a = r.article();
    counters.read.incrementAndGet();
    if (ledger.check(a, ContentHash.of(a)) == ArticleLedger.Disposition.DUPLICATE) {
      counters.duplicates.incrementAndGet();
      return;
    }
    keys.acquire(a);
    inFlight.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        Optional<CodedArticle> coded = process(a);
        if (coded.isEmpty() || !writer.put(coded.get())) {
          keys.release(a);
        }
      } finally {
        inFlight.release();
      }
    });
  }

  private static long sizeOf(Path p) {
    try {
      return p.toString().equals("-") ? 0 : java.nio.file.Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Codes one article; an article the pipeline fails on becomes a rejection and the run goes on. */
  private Optional<CodedArticle> process(Article a) {
    try {
      return Optional.of(processor.process(a));
    } catch (RuntimeException e) {
      counters.rejections.add(new Rejection(a.origin(), "article " + a.id(), "annotate",
          e.getClass().getSimpleName() + ": " + e.getMessage()));
      return Optional.empty();
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        Thread.onSpinWait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for annotation workers", e);
    }
  }

  /** A coded article on its way to the writer. */
  record Coded(CodedArticle article) {}
}
