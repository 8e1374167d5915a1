package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one input format into articles. A source emits one {@link ReadResult} per record it finds: an article,
 * or a rejection naming the record and the reason; a bad record never stops the rest of the input. An
 * {@link IOException} means the stream itself broke (a truncated gzip, a failing disk): the caller reports it and
 * keeps what was already emitted. Implementations are immutable and thread-safe.
 */
public interface ArticleSource {

  /** Short format name for reports, e.g. "jsonl". */
  String format();

  /**
   * True when this source reads the input named {@code name} whose first bytes are {@code head} (the head may be
   * shorter than the input, and empty for an empty input).
   */
  boolean accepts(String name, byte[] head);

  /** Reads all records of {@code in}, an input named {@code origin}, into {@code sink}. */
  void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException;
}
