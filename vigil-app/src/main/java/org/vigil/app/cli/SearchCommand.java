package org.vigil.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import org.vigil.store.TextSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil search "query"}: full-text search of stored articles, with the events coded from each. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search article and sentence text (Lucene query syntax); prints matching articles and their events.")
public final class SearchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, field:title.")
  String query;

  @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--limit", defaultValue = "10", description = "Most articles (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl (events of matching articles).")
  String format;

  @Override
  public Integer call() {
    StoreLayout layout = new StoreLayout(store);
    List<TextSearch.Hit> hits;
    try {
      hits = new TextSearch(layout).search(query, limit);
    } catch (IllegalArgumentException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (StoreReader reader = StoreReader.open(layout)) {
      for (TextSearch.Hit h : hits) {
        List<Map<String, Object>> events = reader.query("SELECT * FROM events WHERE is_current AND article_id = ?"
            + " ORDER BY sentence, event_id", List.of(h.articleId()));
        if (format.equals("jsonl")) {
          events.forEach(r -> out.println(StoredEventJson.toJson(r)));
          continue;
        }
        out.printf("%s  %s  v%d  score %.2f  %s%n", h.articleId(), h.date() == null ? "" : h.date(), h.version(),
            h.score(), h.title() == null ? "" : h.title());
        h.sentences().forEach((i, s) -> out.printf("    [%d] %s%n", i, EventsCommand.cut(s, 110)));
        for (Map<String, Object> e : events) {
          out.printf("    -> %s %s %s -> %s (%s)%n", e.get("date"), e.get("cameo"),
              e.get("src_text") == null ? "-" : e.get("src_text"), e.get("tgt_text") == null ? "-" : e.get("tgt_text"),
              e.get("mode"));
        }
      }
      if (format.equals("table")) {
        out.println(hits.size() + " articles");
      }
    } catch (StoreException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    out.flush();
    return 0;
  }
}
