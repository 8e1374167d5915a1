package org.vigil.store;

/** What one committed write did: articles stored new, stored as new versions, skipped as duplicates; events. */
public record StoredBatch(int added, int newVersions, int duplicates, int events) {
  public static final StoredBatch EMPTY = new StoredBatch(0, 0, 0, 0);

  public StoredBatch plus(StoredBatch o) {
    return new StoredBatch(added + o.added, newVersions + o.newVersions, duplicates + o.duplicates,
        events + o.events);
  }
}
