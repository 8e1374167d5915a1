package org.vigil.app.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress bar redrawn twice a second on a terminal: articles/s, events, rejects, duplicates and an
 * ETA from the share of input bytes read (of files done, for standard input). Thread-safe; stops with {@link #close()}.
 */
final class ProgressLine implements AutoCloseable {
  private final IngestCounters c;
  private final PrintStream out;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "vigil-progress");
    t.setDaemon(true);
    return t;
  });

  ProgressLine(IngestCounters counters, PrintStream out) {
    this.c = counters;
    this.out = out;
    timer.scheduleAtFixedRate(this::draw, 500, 500, TimeUnit.MILLISECONDS);
  }

  private void draw() {
    double secs = (System.nanoTime() - start) / 1e9;
    double rate = c.stored() / Math.max(secs, 1e-3);
    double done = c.bytesTotal > 0 ? Math.min(1.0, c.bytesRead.getAsLong() / (double) c.bytesTotal)
        : Math.min(1.0, c.filesDone.get() / (double) Math.max(1, c.filesTotal));
    int width = 20;
    int filled = (int) Math.round(done * width);
    String eta = done > 0 && done < 1 ? eta(secs / done - secs) : "--";
    out.printf(Locale.ROOT, "\r[%s%s] %d/%d files | %d articles (%.1f/s) | %d events | %d dup | %d rejects"
        + " | ETA %s   ", "#".repeat(filled), ".".repeat(width - filled), c.filesDone.get(), c.filesTotal,
        c.stored(), rate, c.events.get(), c.duplicates.get(), c.rejections.size(), eta);
    out.flush();
  }

  private static String eta(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60) : String.format("%dm%02ds", s / 60, s % 60);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    draw();
    out.println();
  }
}
