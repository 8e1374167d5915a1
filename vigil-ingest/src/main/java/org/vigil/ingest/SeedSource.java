package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.model.Rejection;

/**
 * The seed format ({@code date YYYY-MM-DD} line, then text) and plain text with a fallback date: the source of
 * last resort, accepting any input. Immutable and thread-safe.
 */
public final class SeedSource implements ArticleSource {
  private final SeedArticleReader reader;

  public SeedSource(Optional<LocalDate> fallbackDate) {
    this.reader = new SeedArticleReader(fallbackDate);
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    return true;
  }

  @Override
  public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
    byte[] bytes = in.readNBytes(SeedArticleReader.MAX_BYTES + 1);
    if (bytes.length > SeedArticleReader.MAX_BYTES) {
      sink.accept(ReadResult.rejected(new Rejection(origin, "byte " + SeedArticleReader.MAX_BYTES, "read",
          "too large (limit " + SeedArticleReader.MAX_BYTES + " bytes)")));
      return;
    }
    sink.accept(reader.read(origin, SeedArticleReader.idOf(Path.of(stripGz(origin))), bytes));
  }

  static String stripGz(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
