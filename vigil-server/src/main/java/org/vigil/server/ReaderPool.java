package org.vigil.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.vigil.analytics.CorrectedEvents;
import org.vigil.analytics.CorrectionLog;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;

/**
 * A fixed number of readers over the store's published snapshot, shared by the request threads. When the
 * ingest publishes a new snapshot (checked at most once a second) a reader is reopened on it the next time it
 * is borrowed; when the corrections log has grown, the reader's corrected view is rebuilt. Thread-safe.
 */
final class ReaderPool implements AutoCloseable {
  private static final long CHECK_NANOS = 1_000_000_000L;
  private final StoreLayout layout;
  private final CorrectionLog corrections;
  private final BlockingQueue<Slot> idle;
  private volatile Object snapshotKey;
  private volatile long generation;
  private volatile long lastCheck;

  /** A pooled reader with the snapshot generation and the corrections it has installed. */
  private static final class Slot {
    StoreReader reader;
    long generation = -1;
    int corrections = -1;
  }

  ReaderPool(StoreLayout layout, CorrectionLog corrections, int size) {
    this.layout = layout;
    this.corrections = corrections;
    this.idle = new ArrayBlockingQueue<>(size);
    this.snapshotKey = key();
    for (int i = 0; i < size; i++) {
      idle.add(new Slot());
    }
    withReader(r -> r.count("SELECT count(*) FROM events"));
  }

  /** Runs {@code work} with a reader of the newest snapshot, corrections applied; waits for a free one. */
  <T> T withReader(Function<StoreReader, T> work) {
    Slot s = borrow();
    try {
      refresh(s);
      return work.apply(s.reader);
    } finally {
      idle.add(s);
    }
  }

  private Slot borrow() {
    try {
      Slot s = idle.poll(30, TimeUnit.SECONDS);
      if (s == null) {
        throw new ApiProblem(503, "Busy", "all store readers are busy; try again", null);
      }
      return s;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiProblem(503, "Busy", "interrupted while waiting for a store reader", null);
    }
  }

  private void refresh(Slot s) {
    checkSnapshot();
    if (s.reader == null || s.generation != generation) {
      if (s.reader != null) {
        s.reader.close();
        s.reader = null;
      }
      s.reader = StoreReader.openSnapshot(layout);
      s.generation = generation;
      s.corrections = -1;
    }
    int n = corrections.size();
    if (s.corrections != n) {
      CorrectedEvents.install(s.reader, corrections.all());
      s.corrections = n;
    }
  }

  private void checkSnapshot() {
    long now = System.nanoTime();
    if (now - lastCheck < CHECK_NANOS) {
      return;
    }
    synchronized (this) {
      lastCheck = now;
      Object k = key();
      if (!k.equals(snapshotKey)) {
        snapshotKey = k;
        generation++;
      }
    }
  }

  /** What tells one published snapshot from the next: its file identity, size and modification time. */
  private Object key() {
    try {
      BasicFileAttributes a = Files.readAttributes(layout.snapshot(), BasicFileAttributes.class);
      return String.valueOf(a.fileKey()) + "/" + a.size() + "/" + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "missing";
    }
  }

  @Override
  public void close() {
    for (Slot s : idle) {
      if (s.reader != null) {
        s.reader.close();
      }
    }
  }
}
