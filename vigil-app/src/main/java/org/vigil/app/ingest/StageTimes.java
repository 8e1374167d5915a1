package org.vigil.app.ingest;

import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent per stage across all threads (annotation, coding, store). Thread-safe. */
public final class StageTimes {
  public final LongAdder annotate = new LongAdder();
  public final LongAdder code = new LongAdder();
  public final LongAdder store = new LongAdder();

  /** "annotate 61% 12.3 s, code 3% ..." of the summed stage times. */
  public String summary() {
    double a = annotate.sum() / 1e9;
    double c = code.sum() / 1e9;
    double s = store.sum() / 1e9;
    double t = Math.max(1e-9, a + c + s);
    return String.format(java.util.Locale.ROOT, "annotate %.1f s (%.0f%%), code+place %.1f s (%.0f%%),"
        + " store %.1f s (%.0f%%) [thread-seconds]", a, 100 * a / t, c, 100 * c / t, s, 100 * s / t);
  }
}
