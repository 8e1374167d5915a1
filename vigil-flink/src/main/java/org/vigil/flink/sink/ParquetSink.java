package org.vigil.flink.sink;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Exactly-once Parquet output partitioned by date under {@code root/kind/date=YYYY-MM-DD/}: each writer buffers
 * its records until a checkpoint, writes them then into {@code root/_staging/} (a folder readers skip), and the
 * committer moves the files into place only once the checkpoint is complete. Records replayed after a restore
 * were never committed, so each appears once. The root must be a local or shared (mounted) folder.
 */
public final class ParquetSink<T> implements Sink<T>, SupportsCommitter<StagedFile> {
  /** Writes a buffer of records as Parquet partitions under a folder; returns the files, relative to it. */
  @FunctionalInterface
  public interface PartitionWriter<T> extends Serializable {
    List<Path> write(Path dir, String name, List<T> records) throws IOException;

    /** Called when the writer closes. */
    default void close() {}
  }

  private final String root;
  private final String kind;
  private final PartitionWriter<T> writer;

  public ParquetSink(Path root, String kind, PartitionWriter<T> writer) {
    this.root = root.toAbsolutePath().toString();
    this.kind = kind;
    this.writer = writer;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    return new Writer(context.getTaskInfo().getIndexOfThisSubtask());
  }

  @Override
  public Committer<StagedFile> createCommitter(CommitterInitContext context) {
    return new Mover();
  }

  @Override
  public SimpleVersionedSerializer<StagedFile> getCommittableSerializer() {
    return new StagedFile.Serializer();
  }

  /** Buffers records and stages them as Parquet at each checkpoint. */
  private final class Writer implements CommittingSinkWriter<T, StagedFile> {
    private final int subtask;
    private final List<T> buffer = new ArrayList<>();

    Writer(int subtask) {
      this.subtask = subtask;
    }

    @Override
    public void write(T record, Context context) {
      buffer.add(record);
    }

    @Override
    public void flush(boolean endOfInput) {
      // records are written at prepareCommit, which follows every flush
    }

    @Override
    public Collection<StagedFile> prepareCommit() throws IOException {
      if (buffer.isEmpty()) {
        return List.of();
      }
      String name = kind + "-" + subtask + "-" + UUID.randomUUID().toString().substring(0, 8);
      Path stage = Path.of(root, "_staging", name);
      List<StagedFile> out = new ArrayList<>();
      for (Path f : writer.write(stage, name, List.copyOf(buffer))) {
        out.add(new StagedFile(stage.resolve(f).toString(), Path.of(root, kind).resolve(f).toString()));
      }
      buffer.clear();
      return out;
    }

    @Override
    public void close() {
      writer.close();
    }
  }

  /** Moves staged files into place; a file already moved counts as committed. */
  private static final class Mover implements Committer<StagedFile> {
    @Override
    public void commit(Collection<CommitRequest<StagedFile>> requests) {
      for (CommitRequest<StagedFile> r : requests) {
        Path staged = Path.of(r.getCommittable().staged());
        Path target = Path.of(r.getCommittable().target());
        try {
          if (Files.exists(staged)) {
            Files.createDirectories(target.getParent());
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
          } else if (Files.exists(target)) {
            r.signalAlreadyCommitted();
          } else {
            r.signalFailedWithKnownReason(new IOException("staged Parquet file vanished: " + staged));
          }
        } catch (IOException e) {
          r.retryLater();
        }
      }
    }

    @Override
    public void close() {
      // nothing held
    }
  }
}
