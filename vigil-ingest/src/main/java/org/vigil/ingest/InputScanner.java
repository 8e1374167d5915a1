package org.vigil.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.vigil.model.Rejection;

/**
 * Reads inputs of any supported format: files, folders (recursively, in name order) or {@code -} for standard
 * input. Each input's format is detected from its first bytes and name; {@code .gz} inputs are decompressed first.
 * A broken stream (truncated gzip, unreadable file) becomes a rejection naming the byte offset reached, and the
 * records read before it are kept. Immutable and thread-safe.
 */
public final class InputScanner {
  private static final int HEAD = 4096;
  private final List<ArticleSource> sources;
  private final InputStream stdin;
  private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();

  /** Scanner over the built-in formats; {@code fallbackDate} dates inputs that carry no date. */
  public InputScanner(Optional<LocalDate> fallbackDate, InputStream stdin) {
    this(List.of(new WarcSource(fallbackDate), new FeedSource(fallbackDate), new HtmlSource(fallbackDate),
        new JsonLinesSource(fallbackDate), new SeedSource(fallbackDate)), stdin);
  }

  /** Scanner over {@code sources}, tried in order; the last should accept anything. */
  public InputScanner(List<ArticleSource> sources, InputStream stdin) {
    this.sources = List.copyOf(sources);
    this.stdin = stdin;
  }

  /** The input files named by {@code args}: files as given, folders expanded, "-" kept. */
  public static List<Path> expand(List<String> args) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (!a.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Reads one input ("-" is standard input) into {@code sink}. */
  public void scan(Path input, Consumer<ReadResult> sink) {
    boolean isStdin = input.toString().equals("-");
    String origin = isStdin ? "<stdin>" : input.toString();
    if (!isStdin && !Files.isReadable(input)) {
      sink.accept(reject(origin, "", Files.exists(input) ? "not readable" : "no such file"));
      return;
    }
    CountingStream counted = null;
    try (InputStream raw = isStdin ? nonClosing(stdin) : Files.newInputStream(input)) {
      counted = new CountingStream(raw, bytesRead);
      read(origin, origin, counted, sink, 0);
    } catch (IOException e) {
      long at = counted == null ? 0 : counted.count;
      sink.accept(reject(origin, "byte " + at, "input broken off: " + e.getMessage()));
    }
  }

  /**
   * Reads one input already opened by the caller (a stream of a distributed file system, say) into
   * {@code sink}; {@code origin} names it in reports and in format detection. Does not close {@code in}.
   */
  public void scan(String origin, InputStream in, Consumer<ReadResult> sink) {
    CountingStream counted = new CountingStream(nonClosing(in), bytesRead);
    try {
      read(origin, origin, counted, sink, 0);
    } catch (IOException e) {
      sink.accept(reject(origin, "byte " + counted.count, "input broken off: " + e.getMessage()));
    }
  }

  private void read(String origin, String name, InputStream in, Consumer<ReadResult> sink, int depth)
      throws IOException {
    BufferedInputStream buf = new BufferedInputStream(in, 65536);
    buf.mark(HEAD);
    byte[] head = buf.readNBytes(HEAD);
    buf.reset();
    if (depth == 0 && head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B
        && !name.endsWith(".warc.gz")) {
      read(origin, SeedSource.stripGz(name), new GZIPInputStream(buf, 65536), sink, depth + 1);
      return;
    }
    ArticleSource source = sources.stream().filter(s -> s.accepts(name, head)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no source accepts " + name));
    source.read(origin, buf, sink);
  }

  private static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // standard input stays open for the process
      }
    };
  }

  private static ReadResult reject(String origin, String where, String reason) {
    return ReadResult.rejected(new Rejection(origin, where, "read", reason));
  }

  /** Raw (possibly compressed) bytes read so far over all inputs, for progress reports; any thread may ask. */
  public long bytesRead() {
    return bytesRead.get();
  }

  /** Counts bytes read from the raw input, to name where a broken stream stopped. */
  private static final class CountingStream extends FilterInputStream {
    private final java.util.concurrent.atomic.AtomicLong total;
    long count;

    CountingStream(InputStream in, java.util.concurrent.atomic.AtomicLong total) {
      super(in);
      this.total = total;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      total.addAndGet(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      total.addAndGet(Math.max(n, 0));
      return n;
    }
  }
}
