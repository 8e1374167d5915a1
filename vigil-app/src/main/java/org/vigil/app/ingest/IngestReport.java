package org.vigil.app.ingest;

import java.time.Duration;
import java.util.List;
import org.vigil.model.Rejection;

/**
 * What one ingest run did.
 *
 * @param read articles read from the inputs
 * @param added articles stored for the first time
 * @param newVersions changed articles stored as a new version (their events recoded)
 * @param duplicates articles skipped because the same content was already stored
 * @param events events stored
 * @param incidentDyads dyads whose incidents were recomputed
 * @param elapsed wall time
 * @param rejections every input or record that could not be read or processed
 */
public record IngestReport(long read, long added, long newVersions, long duplicates, long events,
    int incidentDyads, Duration elapsed, List<Rejection> rejections) {
  public IngestReport {
    rejections = List.copyOf(rejections);
  }

  /** Articles stored (new or new version) per second of wall time. */
  public double articlesPerSecond() {
    return (added + newVersions) / Math.max(1e-3, elapsed.toMillis() / 1000.0);
  }

  public double eventsPerSecond() {
    return events / Math.max(1e-3, elapsed.toMillis() / 1000.0);
  }
}
