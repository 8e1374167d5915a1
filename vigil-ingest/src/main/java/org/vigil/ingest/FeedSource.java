package org.vigil.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.model.Article;
import org.vigil.model.Rejection;

/**
 * RSS 2.0 and Atom feeds (via Rome): one article per item, its text from the item's content or description
 * (HTML stripped), its date from the item's published or updated date. Immutable and thread-safe.
 */
public final class FeedSource implements ArticleSource {
  private final Optional<LocalDate> fallbackDate;

  public FeedSource(Optional<LocalDate> fallbackDate) {
    this.fallbackDate = fallbackDate;
  }

  @Override
  public String format() {
    return "feed";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    String n = SeedSource.stripGz(name).toLowerCase(Locale.ROOT);
    if (n.endsWith(".rss") || n.endsWith(".atom")) {
      return true;
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf");
  }

  @Override
  public void read(String origin, InputStream in, Consumer<ReadResult> sink) throws IOException {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(in));
    } catch (FeedException | IllegalArgumentException e) {
      sink.accept(reject(origin, "", "not a readable RSS/Atom feed: " + e.getMessage()));
      return;
    }
    String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      sink.accept(item(origin, i + 1, entries.get(i), outlet));
    }
  }

  private ReadResult item(String origin, int n, SyndEntry e, String outlet) {
    String where = origin + ":item" + n;
    String html = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
        .findFirst().orElse(e.getDescription() == null ? null : e.getDescription().getValue());
    if (html == null || html.isBlank()) {
      return reject(origin, "item " + n, "item has no content or description");
    }
    String text = HtmlExtractor.extract("<body>" + html + "</body>", e.getLink()).text();
    if (text.isBlank()) {
      return reject(origin, "item " + n, "item text is empty after removing markup");
    }
    Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    Optional<LocalDate> date = Optional.ofNullable(d).map(x -> Dates.utcDay(x.toInstant())).or(() -> fallbackDate);
    if (date.isEmpty()) {
      return reject(origin, "item " + n, "item has no date, and no --date");
    }
    String url = e.getLink();
    String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : url;
    String id = key != null ? ArticleKeys.fromUrl(key) : "h-" + ArticleKeys.sha256(text).substring(0, 16);
    return ReadResult.ok(new Article(id, date.get(), text, e.getTitle(), url, outlet, where, Map.of()));
  }

  private static ReadResult reject(String origin, String where, String reason) {
    return ReadResult.rejected(new Rejection(origin, where, "read", reason));
  }
}
