package org.vigil.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.vigil.model.CodedArticle;
import org.vigil.store.CodingVersions;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoredBatch;
import org.vigil.store.incident.MergeSettings;

/**
 * The single store-writer thread of an ingest: takes coded articles from a queue and commits them in batches
 * of up to {@code batchSize}, or whatever arrived within a second; now and then recomputes the incidents of the
 * dyads touched so far and refreshes the readers' snapshot.
 * A store failure stops the run: {@link #checkHealthy()} and {@link #finish()} rethrow it.
 */
final class StoreWriter {
  private static final CodedArticle END = null;
  private final DuckDbEventStore store;
  private final java.util.function.Supplier<CodingVersions> versions;
  private final IngestRun.Settings settings;
  private final IngestCounters counters;
  private final StageTimes times;
  private final InFlightKeys keys;
  private final BlockingQueue<IngestRun.Coded> queue = new ArrayBlockingQueue<>(256);
  private final Thread thread = new Thread(this::loop, "vigil-store-writer");
  private volatile RuntimeException failure;

  StoreWriter(DuckDbEventStore store, java.util.function.Supplier<CodingVersions> versions, IngestRun.Settings settings,
      IngestCounters counters, StageTimes times, InFlightKeys keys) {
    this.keys = keys;
    this.store = store;
    this.versions = versions;
    this.settings = settings;
    this.counters = counters;
    this.times = times;
  }

  void start() {
    thread.start();
  }

  /** Queues {@code a} for storing; false when the writer has failed (the run will then rethrow its failure). */
  boolean put(CodedArticle a) {
    try {
      while (failure == null) {
        if (queue.offer(new IngestRun.Coded(a), 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void checkHealthy() {
    if (failure != null) {
      throw failure;
    }
  }

  /** Stores what is queued, stops the thread, and rethrows a store failure. */
  void finish() {
    try {
      while (failure == null && !queue.offer(new IngestRun.Coded(END), 100, TimeUnit.MILLISECONDS)) {
        Thread.onSpinWait();
      }
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while finishing the store", e);
    }
    checkHealthy();
  }

  private void loop() {
    long lastSnapshot = System.nanoTime();
    List<CodedArticle> batch = new ArrayList<>();
    try {
      boolean ended = false;
      while (!ended) {
        IngestRun.Coded first = queue.take();
        ended = first.article() == END;
        if (!ended) {
          batch.add(first.article());
        }
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!ended && batch.size() < settings.batchSize()) {
          IngestRun.Coded next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          if (next == null) {
            break;
          }
          ended = next.article() == END;
          if (!ended) {
            batch.add(next.article());
          }
        }
        flush(batch);
        if (System.nanoTime() - lastSnapshot > settings.snapshotEvery().toNanos()) {
          counters.incidentDyads.addAndGet(store.mergeIncidents(MergeSettings.DEFAULT));
          store.publishSnapshot();
          lastSnapshot = System.nanoTime();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = new IllegalStateException("store writer interrupted", e);
    } catch (RuntimeException e) {
      failure = e;
      keys.abort();
      queue.clear();
    }
  }

  private void flush(List<CodedArticle> batch) {
    if (batch.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    long c0 = StageTimes.cpuNow();
    StoredBatch b = store.write(batch, versions.get());
    times.store.add(System.nanoTime() - t0);
    times.storeCpu.add(StageTimes.cpuNow() - c0);
    counters.added.addAndGet(b.added());
    counters.newVersions.addAndGet(b.newVersions());
    counters.duplicates.addAndGet(b.duplicates());
    counters.events.addAndGet(b.events());
    batch.forEach(c -> keys.release(c.annotated().article()));
    batch.clear();
  }
}
