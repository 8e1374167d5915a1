package org.vigil.flink.sink;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.vigil.app.Pipeline;
import org.vigil.flink.stage.SharedPipeline;
import org.vigil.flink.stage.Versioned;
import org.vigil.model.CodedArticle;
import org.vigil.store.ParquetPartitions;

/** Writes coded articles' events as Parquet with the store's columns and event ids (vigil-store does the rows). */
public final class EventParquet implements ParquetSink.PartitionWriter<Versioned<CodedArticle>> {
  private final List<String> actorDirs;
  private transient Pipeline pipeline;

  public EventParquet(List<Path> actorDirs) {
    this.actorDirs = actorDirs.stream().map(Path::toString).toList();
  }

  @Override
  public List<Path> write(Path dir, String name, List<Versioned<CodedArticle>> records) {
    if (pipeline == null) {
      pipeline = SharedPipeline.acquire(actorDirs.stream().map(Path::of).toList());
    }
    List<ParquetPartitions.Entry> entries = records.stream().map(r -> new ParquetPartitions.Entry(r.value(),
        r.version(), Instant.ofEpochMilli(r.seenMillis()))).toList();
    return ParquetPartitions.writeEvents(dir, name, entries, SharedPipeline.versionsOf(pipeline));
  }

  @Override
  public void close() {
    if (pipeline != null) {
      SharedPipeline.release();
      pipeline = null;
    }
  }
}
