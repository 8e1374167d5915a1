package org.vigil.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store keeps its files under one directory: the DuckDB database, the read snapshot published for
 * readers while a writer holds the database, and the Lucene index.
 */
public record StoreLayout(Path dir) {
  public StoreLayout {
    Objects.requireNonNull(dir, "dir");
  }

  public Path database() {
    return dir.resolve("vigil.duckdb");
  }

  public Path snapshot() {
    return dir.resolve("snapshot.duckdb");
  }

  public Path lucene() {
    return dir.resolve("lucene");
  }
}
