package org.vigil.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Read-only access to a store, usable while an ingest runs: it opens the database read-only, and when a writer
 * process holds the database's lock it opens the snapshot that writer publishes instead (so it sees the store
 * as of the last snapshot). Not thread-safe; open one per thread.
 */
public final class StoreReader implements AutoCloseable {
  private final StoreLayout layout;
  private final Connection db;
  private final boolean fromSnapshot;

  private StoreReader(StoreLayout layout, Connection db, boolean fromSnapshot) {
    this.layout = layout;
    this.db = db;
    this.fromSnapshot = fromSnapshot;
  }

  /** Opens the store in {@code layout} for reading; fails when it does not exist. */
  public static StoreReader open(StoreLayout layout) {
    if (!Files.exists(layout.database())) {
      throw new StoreException("no store at " + layout.dir() + " (run 'vigil ingest' first)", null);
    }
    try {
      return new StoreReader(layout, readOnly(layout.database().toString()), false);
    } catch (SQLException busy) {
      if (!Files.exists(layout.snapshot())) {
        throw new StoreException("store " + layout.database() + " is busy and has no snapshot yet: "
            + busy.getMessage(), busy);
      }
      try {
        return new StoreReader(layout, readOnly(layout.snapshot().toString()), true);
      } catch (SQLException e) {
        throw new StoreException("cannot open snapshot " + layout.snapshot() + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Opens the published snapshot only, never the live database: for long-lived readers (a server), which would
   * otherwise hold a read lock that keeps the next ingest from starting.
   */
  public static StoreReader openSnapshot(StoreLayout layout) {
    if (!Files.exists(layout.snapshot())) {
      throw new StoreException("no snapshot at " + layout.snapshot() + " (an ingest publishes one)", null);
    }
    try {
      return new StoreReader(layout, readOnly(layout.snapshot().toString()), true);
    } catch (SQLException e) {
      throw new StoreException("cannot open snapshot " + layout.snapshot() + ": " + e.getMessage(), e);
    }
  }

  private static Connection readOnly(String file) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file, p);
  }

  /** True when this reader sees the writer's published snapshot rather than the live database. */
  public boolean fromSnapshot() {
    return fromSnapshot;
  }

  public StoreLayout layout() {
    return layout;
  }

  /** Events matching {@code f}, ordered by date and event id, as column name to value. */
  public List<Map<String, Object>> events(EventFilter f) {
    return events(f, "events");
  }

  /**
   * Events matching {@code f} from {@code relation}, a table or view with the events table's columns (such as
   * a session view with analysts' corrections applied); ordered by date and event id.
   */
  public List<Map<String, Object>> events(EventFilter f, String relation) {
    if (!relation.matches("[a-z_]{1,32}")) {
      throw new IllegalArgumentException("not a relation name: " + relation);
    }
    List<Object> params = new ArrayList<>();
    String sql = "SELECT * FROM " + relation + " WHERE " + f.where(params) + " ORDER BY date, article_id, sentence, event_id"
        + (f.limit() > 0 ? " LIMIT " + f.limit() : "");
    return query(sql, params);
  }

  /** Runs a read-only query with positional parameters; rows as column name to value. */
  public List<Map<String, Object>> query(String sql, List<Object> params) {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= md.getColumnCount(); c++) {
            row.put(md.getColumnLabel(c), rs.getObject(c));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("query failed on " + layout.dir() + ": " + e.getMessage(), e);
    }
  }

  /** A single number from a query such as "SELECT count(*) FROM articles". */
  public long count(String sql) {
    Object v = query(sql, List.of()).get(0).values().iterator().next();
    return v == null ? 0 : ((Number) v).longValue();
  }

  /**
   * Executes a statement on this reader's own session, such as creating a TEMP table or view that lives in
   * memory until the reader closes; the store itself stays read-only.
   */
  public void execute(String sql, List<Object> params) {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      p.execute();
    } catch (SQLException e) {
      throw new StoreException("statement failed on " + layout.dir() + ": " + e.getMessage(), e);
    }
  }

  /** Executes a statement that writes outside the database, such as COPY (...) TO 'file'. */
  public void copyOut(String sql, List<Object> params) {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      p.execute();
    } catch (SQLException e) {
      throw new StoreException("export failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close reader of " + layout.dir(), e);
    }
  }
}
