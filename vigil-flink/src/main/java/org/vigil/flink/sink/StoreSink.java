package org.vigil.flink.sink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.vigil.app.Pipeline;
import org.vigil.flink.stage.SharedPipeline;
import org.vigil.flink.stage.Versioned;
import org.vigil.model.CodedArticle;
import org.vigil.store.CodingVersions;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreLayout;
import org.vigil.store.incident.MergeSettings;

/**
 * The DuckDB store as a sink, for single-machine users (run it with parallelism 1: the store has one writer).
 * Coded articles are written in one store transaction at each checkpoint and at the end; the store skips content
 * it holds, so articles replayed after a restore are recognised as duplicates and none is stored twice. Incidents
 * are recomputed with the store's own merger every {@code mergeEverySeconds} and at the end, as in
 * {@code vigil ingest}.
 */
public final class StoreSink implements Sink<Versioned<CodedArticle>> {
  private final String dir;
  private final List<String> actorDirs;
  private final long mergeEveryNanos;

  public StoreSink(Path dir, List<Path> actorDirs, long mergeEverySeconds) {
    this.dir = dir.toAbsolutePath().toString();
    this.actorDirs = actorDirs.stream().map(Path::toString).toList();
    this.mergeEveryNanos = mergeEverySeconds * 1_000_000_000L;
  }

  @Override
  public SinkWriter<Versioned<CodedArticle>> createWriter(WriterInitContext context) {
    Pipeline p = SharedPipeline.acquire(actorDirs.stream().map(Path::of).toList());
    return new Writer(DuckDbEventStore.open(new StoreLayout(Path.of(dir))), SharedPipeline.versionsOf(p));
  }

  /** Batches coded articles between checkpoints. */
  private final class Writer implements SinkWriter<Versioned<CodedArticle>> {
    private final DuckDbEventStore store;
    private final CodingVersions versions;
    private final List<CodedArticle> batch = new ArrayList<>();
    private long lastMerge = System.nanoTime();

    Writer(DuckDbEventStore store, CodingVersions versions) {
      this.store = store;
      this.versions = versions;
    }

    @Override
    public void write(Versioned<CodedArticle> coded, Context context) {
      batch.add(coded.value());
    }

    @Override
    public void flush(boolean endOfInput) {
      if (!batch.isEmpty()) {
        store.write(List.copyOf(batch), versions);
        batch.clear();
      }
      if (endOfInput || System.nanoTime() - lastMerge > mergeEveryNanos) {
        store.mergeIncidents(MergeSettings.DEFAULT);
        store.publishSnapshot();
        lastMerge = System.nanoTime();
      }
    }

    @Override
    public void close() {
      try {
        store.close();
      } finally {
        SharedPipeline.release();
      }
    }
  }
}
