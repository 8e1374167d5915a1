package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.model.Article;
import org.vigil.model.Rejection;

/**
 * A saved HTML news page: main text by {@link HtmlExtractor}, date from its meta tags or the fallback date. Pages
 * with no main text or no date are rejected. Immutable and thread-safe.
 */
public final class HtmlSource implements ArticleSource {
  private final Optional<LocalDate> fallbackDate;

  public HtmlSource(Optional<LocalDate> fallbackDate) {
    this.fallbackDate = fallbackDate;
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    String n = SeedSource.stripGz(name).toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return true;
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.contains("<html") || start.startsWith("<head")
        || start.startsWith("<body");
  }

  @Override
  public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
    byte[] bytes = in.readNBytes(SeedArticleReader.MAX_BYTES * 4 + 1);
    if (bytes.length > SeedArticleReader.MAX_BYTES * 4) {
      sink.accept(reject(origin, "byte 0", "page too large"));
      return;
    }
    String id = SeedArticleReader.idOf(Path.of(SeedSource.stripGz(origin)));
    sink.accept(page(origin, id, null, decode(bytes, null), Optional.empty(), null));
  }

  /**
   * Turns one decoded page into an article; {@code url} and {@code capturedOn} (e.g. from a WARC record) are used
   * when the page itself names no canonical URL or date. A null {@code id} is derived from the URL.
   */
  ReadResult page(String origin, String id, String url, String html, Optional<LocalDate> capturedOn,
      String outlet) {
    HtmlExtractor.Page page = HtmlExtractor.extract(html, url);
    if (page.text().isBlank()) {
      return reject(origin, "", "no main text found in the page");
    }
    Optional<LocalDate> date = page.date().or(() -> capturedOn).or(() -> fallbackDate);
    if (date.isEmpty()) {
      return reject(origin, "", "no publication date in the page's meta tags, and no --date");
    }
    String articleUrl = page.url() != null && page.url().startsWith("http") ? page.url() : url;
    String articleId = id != null ? id : ArticleKeys.fromUrl(articleUrl != null ? articleUrl : origin);
    return ReadResult.ok(new Article(articleId, date.get(), page.text(), page.title(), articleUrl, outlet, origin,
        Map.of()));
  }

  /** Decodes page bytes with the HTTP charset, else a meta charset, else UTF-8 (bad bytes replaced). */
  static String decode(byte[] bytes, String httpCharset) {
    Charset cs = charset(httpCharset).orElseGet(() -> {
      String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
      var m = java.util.regex.Pattern.compile("(?i)charset=[\"']?([\\w-]+)").matcher(head);
      return m.find() ? charset(m.group(1)).orElse(StandardCharsets.UTF_8) : StandardCharsets.UTF_8;
    });
    return new String(bytes, cs);
  }

  private static Optional<Charset> charset(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ReadResult reject(String origin, String where, String reason) {
    return ReadResult.rejected(new Rejection(origin, where, "read", reason));
  }
}
