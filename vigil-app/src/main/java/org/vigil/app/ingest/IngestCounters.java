package org.vigil.app.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.model.Rejection;

/** Live counters of a running ingest, shared by reader, workers, writer and progress line. Thread-safe. */
final class IngestCounters {
  final AtomicLong read = new AtomicLong();
  final AtomicLong added = new AtomicLong();
  final AtomicLong newVersions = new AtomicLong();
  final AtomicLong duplicates = new AtomicLong();
  final AtomicLong events = new AtomicLong();
  final AtomicLong filesDone = new AtomicLong();
  final AtomicLong incidentDyads = new AtomicLong();
  final List<Rejection> rejections = new CopyOnWriteArrayList<>();
  volatile long filesTotal;
  volatile long bytesTotal;
  volatile java.util.function.LongSupplier bytesRead = () -> 0;

  long stored() {
    return added.get() + newVersions.get();
  }
}
