package org.vigil.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil incidents}: reports merged across articles and days, with their confidence from independent
 * sources; {@code --format jsonl} includes every mention (article, sentence, span, outlet, first seen, toll).
 */
@Command(name = "incidents", mixinStandardHelpOptions = true,
    description = "List incidents (reports merged across articles, outlets and days).")
public final class IncidentsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--from", description = "Incidents ending on or after this date.")
  LocalDate from;

  @Option(names = "--to", description = "Incidents starting on or before this date.")
  LocalDate to;

  @Option(names = "--country", description = "Country code on either side.")
  String country;

  @Option(names = "--code", description = "CAMEO code or root prefix.")
  String code;

  @Option(names = "--min-sources", defaultValue = "1", description = "Least independent sources (default 1).")
  int minSources;

  @Option(names = "--limit", defaultValue = "50", description = "Most incidents, by sources then date (0 = all).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  String format;

  @Override
  public Integer call() {
    List<Object> p = new ArrayList<>();
    StringBuilder where = new StringBuilder("sources >= ?");
    p.add(minSources);
    if (from != null) {
      where.append(" AND date_end >= ?");
      p.add(java.sql.Date.valueOf(from));
    }
    if (to != null) {
      where.append(" AND date_start <= ?");
      p.add(java.sql.Date.valueOf(to));
    }
    if (country != null) {
      where.append(" AND (src_country = upper(?) OR tgt_country = upper(?))");
      p.add(country);
      p.add(country);
    }
    if (code != null) {
      where.append(" AND cameo LIKE ?");
      p.add(code + "%");
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (StoreReader r = StoreReader.open(new StoreLayout(store))) {
      List<Map<String, Object>> rows = r.query("SELECT * FROM incidents WHERE " + where
          + " ORDER BY sources DESC, date_start, incident_id" + (limit > 0 ? " LIMIT " + limit : ""), p);
      for (Map<String, Object> i : rows) {
        if (format.equals("jsonl")) {
          out.println(json(i, r.query("SELECT * FROM event_mentions WHERE incident_id = ? ORDER BY event_id",
              List.of(i.get("incident_id")))));
        } else {
          out.printf("%s  %s..%s  %-8s %-6s %-24s %2s reports %2s sources  conf %.2f  dead %s%n",
              i.get("incident_id"), i.get("date_start"), i.get("date_end"), i.get("dyad"), i.get("cameo"),
              EventsCommand.cut(StoredEventJson.str(i, "place"), 24), i.get("reports"), i.get("sources"),
              ((Number) i.get("confidence")).doubleValue(), toll(i));
        }
      }
      if (!format.equals("jsonl")) {
        out.println(rows.size() + " incidents");
      }
    } catch (StoreException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    out.flush();
    return 0;
  }

  private static String toll(Map<String, Object> i) {
    Object lo = i.get("fatalities_min");
    Object hi = i.get("fatalities_max");
    return lo == null ? "-" : lo.equals(hi) ? lo.toString() : lo + "-" + hi;
  }

  private static ObjectNode json(Map<String, Object> i, List<Map<String, Object>> mentions) {
    ObjectNode o = JSON.createObjectNode();
    i.forEach((k, v) -> o.put(k, v == null ? null : v.toString()));
    o.put("reports", ((Number) i.get("reports")).intValue());
    o.put("sources", ((Number) i.get("sources")).intValue());
    o.put("confidence", ((Number) i.get("confidence")).doubleValue());
    ArrayNode ms = o.putArray("mentions");
    for (Map<String, Object> m : mentions) {
      ObjectNode mo = ms.addObject();
      mo.put("event_id", StoredEventJson.str(m, "event_id"));
      mo.put("article", StoredEventJson.str(m, "article_id"));
      mo.put("sentence", (Integer) m.get("sentence"));
      mo.putArray("span").add((Integer) m.get("span_start")).add((Integer) m.get("span_end"));
      mo.put("outlet", StoredEventJson.str(m, "outlet"));
      mo.put("first_seen", StoredEventJson.str(m, "first_seen"));
      mo.put("cameo", StoredEventJson.str(m, "cameo"));
      mo.put("fatalities", (Integer) m.get("fatalities"));
      mo.put("fatalities_qualifier", StoredEventJson.str(m, "fatalities_qualifier"));
    }
    return o;
  }
}
