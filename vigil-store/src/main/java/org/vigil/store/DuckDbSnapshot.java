package org.vigil.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Publishes a read snapshot of the writer's database. DuckDB lets one process hold a database file for writing
 * and no other process open it meanwhile, not even read-only (measured: "Could not set lock on file"). So the
 * writer has DuckDB copy the database into a new file, which then replaces the previous snapshot atomically;
 * readers that find the database locked open the snapshot. Copying the file from Java instead would open and
 * close it, and closing any descriptor of a file drops the process's POSIX lock on it: other processes could then
 * open the live database (this happened, and a test now guards it).
 */
final class DuckDbSnapshot {
  private DuckDbSnapshot() {}

  /** Copies the database of {@code db} (committed, not in a transaction) to the layout's snapshot file. */
  static void publish(Connection db, StoreLayout layout) {
    Path tmp = layout.dir().resolve("snapshot.duckdb.tmp");
    try {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(layout.dir().resolve("snapshot.duckdb.tmp.wal"));
      db.setAutoCommit(true);
      try (Statement s = db.createStatement()) {
        String name;
        try (ResultSet rs = s.executeQuery("SELECT current_database()")) {
          rs.next();
          name = rs.getString(1);
        }
        s.execute("ATTACH '" + tmp.toString().replace("'", "''") + "' AS vigil_snapshot");
        s.execute("COPY FROM DATABASE \"" + name.replace("\"", "\"\"") + "\" TO vigil_snapshot");
        s.execute("DETACH vigil_snapshot");
      } finally {
        db.setAutoCommit(false);
      }
      Files.move(tmp, layout.snapshot(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException e) {
      throw new StoreException("cannot publish snapshot of " + layout.database() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish snapshot of " + layout.database(), e);
    }
  }
}
