package org.vigil.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.store.incident.EventFact;
import org.vigil.store.incident.Incident;

/**
 * Writes events and incidents as Parquet files partitioned by date ({@code date=YYYY-MM-DD/NAME_0.parquet}),
 * readable by DuckDB, Spark and Trino with Hive partitioning. Event rows have the store's event columns and ids
 * ({@code article/vN/i}), less the store-internal sequence and current flag. DuckDB (in memory) writes the files.
 * Stateless and thread-safe.
 */
public final class ParquetPartitions {
  /**
   * One version of a coded article.
   *
   * @param coded the article and its events
   * @param version the article's version (1 for an article seen first)
   * @param seen when it was first seen
   */
  public record Entry(CodedArticle coded, int version, Instant seen) {
    public Entry {
      Objects.requireNonNull(coded, "coded");
      Objects.requireNonNull(seen, "seen");
    }
  }

  private static final String INCIDENTS = "CREATE TABLE inc (incident_id VARCHAR, dyad VARCHAR, src_country VARCHAR,"
      + " src_actor VARCHAR, tgt_country VARCHAR, tgt_actor VARCHAR, root VARCHAR, cameo VARCHAR,"
      + " quad_class INTEGER, date DATE, date_end DATE, place VARCHAR, lat DOUBLE, lon DOUBLE,"
      + " fatalities_min INTEGER, fatalities_max INTEGER, reports INTEGER, sources INTEGER, confidence DOUBLE,"
      + " first_seen TIMESTAMP, event_ids VARCHAR)";

  private ParquetPartitions() {}

  /** Writes the events of {@code entries} under {@code dir}; returns the files written, relative to it. */
  public static List<Path> writeEvents(Path dir, String name, List<Entry> entries, CodingVersions versions) {
    List<Object[]> rows = new ArrayList<>();
    for (Entry en : entries) {
      var article = en.coded().annotated().article();
      var head = new ArticleLedger.Head(article.id(), en.version(), 0);
      List<Event> events = en.coded().events();
      for (int i = 0; i < events.size(); i++) {
        String id = article.id() + "/v" + en.version() + "/" + i;
        rows.add(EventRows.row(id, head, article, events.get(i), versions, Timestamp.from(en.seen())));
      }
    }
    return write(dir, name, rows, null, "events", "SELECT * EXCLUDE (article_seq, is_current) FROM events");
  }

  /** Writes {@code incidents} under {@code dir}, partitioned by their first day; returns the files written. */
  public static List<Path> writeIncidents(Path dir, String name, List<Incident> incidents) {
    List<Object[]> rows = new ArrayList<>();
    for (Incident i : incidents) {
      rows.add(new Object[] {i.id(), i.dyad(), i.srcCountry(), i.srcActor(), i.tgtCountry(), i.tgtActor(), i.root(),
          i.cameo(), i.quadClass(), Date.valueOf(i.dateStart()), Date.valueOf(i.dateEnd()), i.place(), i.lat(),
          i.lon(), i.fatalitiesMin(), i.fatalitiesMax(), i.mentions().size(), i.sources(), i.confidence(),
          Timestamp.from(i.firstSeen()), String.join(" ", i.mentions().stream().map(EventFact::eventId).toList())});
    }
    return write(dir, name, rows, INCIDENTS, "inc", "SELECT * FROM inc");
  }

  private static List<Path> write(Path dir, String name, List<Object[]> rows, String ddl, String table,
      String select) {
    if (rows.isEmpty()) {
      return List.of();
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = db.createStatement()) {
        if (ddl == null) {
          DuckDbSchema.create(db);
        } else {
          s.execute(ddl);
        }
      }
      try (MultiRowInsert insert = new MultiRowInsert(db, table, rows.get(0).length)) {
        insert.insert(rows);
      }
      Files.createDirectories(dir);
      try (Statement s = db.createStatement()) {
        s.execute("COPY (" + select + ") TO '" + dir.toString().replace("'", "''") + "' (FORMAT PARQUET,"
            + " PARTITION_BY (date), WRITE_PARTITION_COLUMNS true, FILENAME_PATTERN '"
            + name.replace("'", "''") + "_{i}', OVERWRITE_OR_IGNORE true)");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet under " + dir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(name + "_")).map(dir::relativize).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
