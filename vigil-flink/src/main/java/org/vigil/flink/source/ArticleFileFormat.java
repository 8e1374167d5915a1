package org.vigil.flink.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.Path;
import org.vigil.ingest.InputScanner;
import org.vigil.ingest.ReadResult;

/**
 * Reads one input file of any format vigil-ingest knows (seed text, JSON Lines, HTML, RSS/Atom, WARC, and .gz
 * of them) into {@link ReadResult}s with vigil-ingest's own {@link InputScanner}. A file is one split, read
 * whole; its checkpointed position is the number of records already emitted, so a restore skips exactly those.
 * Works on any Flink file system (local, HDFS, S3).
 */
public final class ArticleFileFormat implements BulkFormat<ReadResult, FileSourceSplit> {
  private final String fallbackDate;

  /** A format dating undated inputs with {@code fallbackDate}. */
  public ArticleFileFormat(Optional<LocalDate> fallbackDate) {
    this.fallbackDate = fallbackDate.map(LocalDate::toString).orElse(null);
  }

  @Override
  public Reader<ReadResult> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return restoreReader(config, split);
  }

  @Override
  public Reader<ReadResult> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    List<ReadResult> all = readAll(split.path());
    List<ReadResult> rest = all.subList((int) Math.min(skip, all.size()), all.size());
    return new OneBatch(new IteratorResultIterator<>(rest.iterator(), CheckpointedPosition.NO_OFFSET, skip));
  }

  private List<ReadResult> readAll(Path path) throws IOException {
    List<ReadResult> out = new ArrayList<>();
    InputScanner scanner = new InputScanner(Optional.ofNullable(fallbackDate).map(LocalDate::parse),
        InputStream.nullInputStream());
    String origin = "file".equals(path.toUri().getScheme()) ? path.getPath() : path.toString();
    try (FSDataInputStream in = path.getFileSystem().open(path)) {
      scanner.scan(origin, in, out::add);
    }
    return out;
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<ReadResult> getProducedType() {
    return TypeInformation.of(ReadResult.class);
  }

  /** Hands out one file's records as a single batch. */
  private static final class OneBatch implements Reader<ReadResult> {
    private IteratorResultIterator<ReadResult> batch;

    OneBatch(IteratorResultIterator<ReadResult> batch) {
      this.batch = batch;
    }

    @Override
    public RecordIterator<ReadResult> readBatch() {
      RecordIterator<ReadResult> b = batch;
      batch = null;
      return b;
    }

    @Override
    public void close() {
      batch = null;
    }
  }
}
