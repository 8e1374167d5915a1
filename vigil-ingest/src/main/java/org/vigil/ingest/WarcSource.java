package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigil.model.Rejection;

/**
 * WARC files of news crawls (as in CC-NEWS), via jwarc: every response record with status 200 and an HTML body
 * becomes a page read by {@link HtmlSource}; its URL is the record's target and its fallback date the capture
 * day. Other records (requests, metadata, images) are skipped silently. Immutable and thread-safe.
 */
public final class WarcSource implements ArticleSource {
  private static final int MAX_BODY = 8_000_000;
  private final HtmlSource html;

  public WarcSource(Optional<LocalDate> fallbackDate) {
    this.html = new HtmlSource(fallbackDate);
  }

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    String n = SeedSource.stripGz(name).toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || new String(head, StandardCharsets.ISO_8859_1).startsWith("WARC/");
  }

  @Override
  public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (org.netpreserve.jwarc.ParsingException e) {
          sink.accept(reject(origin, "byte " + offset, "bad WARC record header: " + e.getMessage()));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        if (next.get() instanceof WarcResponse response) {
          response(origin, offset, response).ifPresent(sink);
        }
      }
    }
  }

  private Optional<ReadResult> response(String origin, long offset, WarcResponse r) throws IOException {
    String where = origin + "@" + offset;
    HttpResponse http;
    try {
      http = r.http();
    } catch (org.netpreserve.jwarc.ParsingException e) {
      return Optional.of(reject(origin, "byte " + offset, "bad HTTP response in record: " + e.getMessage()));
    }
    MediaType type = http.contentType();
    if (http.status() != 200 || !type.base().equals(MediaType.HTML.base())) {
      return Optional.empty();
    }
    byte[] body = http.bodyDecoded().stream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return Optional.of(reject(origin, "byte " + offset, "HTML body too large"));
    }
    String url = r.target();
    String page = HtmlSource.decode(body, type.parameters().get("charset"));
    ReadResult result = html.page(where, null, url, page,
        Optional.of(Dates.utcDay(r.date())), hostOf(url));
    if (result.rejection() != null) {
      Rejection x = result.rejection();
      return Optional.of(reject(origin, "byte " + offset, x.reason() + " (" + url + ")"));
    }
    return Optional.of(result);
  }

  private static String hostOf(String url) {
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ReadResult reject(String origin, String where, String reason) {
    return ReadResult.rejected(new Rejection(origin, where, "read", reason));
  }
}
