package org.vigil.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vigil export}: stored events (same filters as {@code vigil events}) as a GDELT 2.0 event-table TSV,
 * PLOVER JSON Lines, CSV or Parquet (written by DuckDB itself).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export events as gdelt (TSV, GDELT 2.0 event columns), plover (JSONL), csv or parquet.")
public final class ExportCommand implements Callable<Integer> {
  enum Format { gdelt, plover, csv, parquet }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin EventFilterOptions filters = new EventFilterOptions();

  @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--format", required = true, description = "gdelt, plover, csv or parquet.")
  Format format;

  @Option(names = {"-o", "--output"}, description = "Output file (default: standard output; required for parquet).")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (format == Format.parquet && output == null) {
      System.err.println("vigil: --format parquet needs --output FILE");
      return 2;
    }
    try (StoreReader reader = StoreReader.open(new StoreLayout(store))) {
      org.vigil.analytics.CorrectedEvents.install(reader);
      List<Object> params = new ArrayList<>();
      String where = filters.filter().where(params);
      String select = "SELECT e.*, i.reports, i.sources, i.incident_id, i.confidence"
          + " FROM (SELECT * FROM " + org.vigil.analytics.CorrectedEvents.VIEW + " WHERE " + where + ") e"
          + " LEFT JOIN event_mentions m ON m.event_id = e.event_id LEFT JOIN incidents i"
          + " ON i.incident_id = m.incident_id ORDER BY e.date, e.article_id, e.sentence, e.event_id"
          + (filters.limit > 0 ? " LIMIT " + filters.limit : "");
      if (format == Format.csv || format == Format.parquet) {
        copy(reader, select, params);
        return 0;
      }
      try (OutputStream os = output == null ? nonClosing() : Files.newOutputStream(output);
          PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8)) {
        List<Map<String, Object>> rows = reader.query(select, params);
        if (format == Format.gdelt) {
          rows.forEach(r -> out.println(GdeltRows.line(r)));
        } else {
          rows.forEach(r -> out.println(plover(r)));
        }
      }
    } catch (StoreException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private void copy(StoreReader reader, String select, List<Object> params) throws IOException {
    Path target = output != null ? output : Files.createTempFile("vigil-export", ".csv");
    String opts = format == Format.parquet ? "(FORMAT PARQUET)" : "(HEADER, DELIMITER ',')";
    reader.copyOut("COPY (" + select + ") TO '" + target.toString().replace("'", "''") + "' " + opts, params);
    if (output == null) {
      Files.copy(target, System.out);
      System.out.flush();
      Files.delete(target);
    }
  }

  /** PLOVER/POLECAT-style field names for one event. */
  static ObjectNode plover(Map<String, Object> r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("event_id", StoredEventJson.str(r, "event_id"));
    o.put("event_date", StoredEventJson.str(r, "date"));
    o.put("event_type", StoredEventJson.str(r, "plover"));
    o.put("event_mode", StoredEventJson.str(r, "plover_mode"));
    o.put("event_context", StoredEventJson.str(r, "plover_context"));
    o.put("quad_code", (Integer) r.get("quad_class"));
    o.put("goldstein", (Double) r.get("goldstein"));
    o.put("cameo", StoredEventJson.str(r, "cameo"));
    actorColumns(o, r, "actor", "src");
    actorColumns(o, r, "recipient", "tgt");
    o.put("placename", StoredEventJson.str(r, "loc_name"));
    o.put("country", StoredEventJson.str(r, "loc_country"));
    o.put("latitude", (Double) r.get("loc_lat"));
    o.put("longitude", (Double) r.get("loc_lon"));
    o.put("fatalities", (Integer) r.get("fatalities"));
    o.put("assertion", StoredEventJson.str(r, "mode"));
    o.put("story_id", StoredEventJson.str(r, "article_id"));
    o.put("sentence_id", (Integer) r.get("sentence"));
    o.put("text", StoredEventJson.str(r, "text"));
    o.put("source", StoredEventJson.str(r, "outlet"));
    o.put("url", StoredEventJson.str(r, "url"));
    o.put("publication_date", StoredEventJson.str(r, "article_date"));
    o.put("incident_id", StoredEventJson.str(r, "incident_id"));
    o.put("version", StoredEventJson.str(r, "coder_version"));
    return o;
  }

  /** The name, country, sector and id columns of one side, {@code prefix} in the export, {@code column} stored. */
  private static void actorColumns(ObjectNode o, Map<String, Object> r, String prefix, String column) {
    o.put(prefix + "_name", StoredEventJson.str(r, column + "_text"));
    o.put(prefix + "_country", StoredEventJson.str(r, column + "_country"));
    o.put(prefix + "_sector", StoredEventJson.str(r, column + "_sector"));
    o.put(prefix + "_id", StoredEventJson.str(r, column + "_actor"));
  }

  private static OutputStream nonClosing() {
    return new java.io.FilterOutputStream(System.out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
