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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil events}: stored events matching filters, as a table, JSON Lines or CSV. Asserted only by default. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Query stored events (only asserted events unless --mode asks otherwise).")
public final class EventsCommand implements Callable<Integer> {
  enum Format { table, jsonl, csv }

  @Mixin EventFilterOptions filters = new EventFilterOptions();

  @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv.")
  Format format;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (StoreReader reader = StoreReader.open(new StoreLayout(store))) {
      if (reader.fromSnapshot()) {
        System.err.println("vigil: an ingest holds the store; reading its last snapshot");
      }
      org.vigil.analytics.CorrectedEvents.install(reader);
      List<Map<String, Object>> rows = reader.events(filters.filter(), org.vigil.analytics.CorrectedEvents.VIEW);
      switch (format) {
        case jsonl -> rows.forEach(r -> out.println(StoredEventJson.toJson(r)));
        case csv -> {
          if (!rows.isEmpty()) {
            out.println(Csv.line(rows.get(0).keySet()));
          }
          rows.forEach(r -> out.println(Csv.line(r.values())));
        }
        default -> table(rows, out);
      }
    } catch (StoreException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    out.flush();
    return 0;
  }

  private static void table(List<Map<String, Object>> rows, PrintStream out) {
    String fmt = "%-10s  %-24s  %-5s  %-24s  %-10s  %-18s  %s%n";
    out.printf(fmt, "date", "source", "cameo", "target", "mode", "place", "sentence");
    for (Map<String, Object> r : rows) {
      out.printf(fmt, r.get("date"), cut(actor(r, "src_"), 24), r.get("cameo"), cut(actor(r, "tgt_"), 24),
          r.get("mode"), cut(StoredEventJson.str(r, "loc_name"), 18), cut(StoredEventJson.str(r, "text"), 80));
    }
    out.println(rows.size() + " events");
  }

  private static String actor(Map<String, Object> r, String p) {
    Object text = r.get(p + "text");
    if (text == null && r.get(p + "country") == null) {
      return "-";
    }
    String code = (r.get(p + "country") == null ? "---" : r.get(p + "country"))
        + (r.get(p + "sector") == null ? "" : r.get(p + "sector").toString());
    return code + " " + (text == null ? "" : text);
  }

  static String cut(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
