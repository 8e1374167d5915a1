package org.vigil.app.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage across all threads (annotation, coding, store), both wall time and the thread's own CPU
 * time: on a busy machine the two differ, and the CPU figure says what a stage really costs. Thread-safe.
 */
public final class StageTimes {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  public final LongAdder annotate = new LongAdder();
  public final LongAdder code = new LongAdder();
  public final LongAdder store = new LongAdder();
  public final LongAdder annotateCpu = new LongAdder();
  public final LongAdder codeCpu = new LongAdder();
  public final LongAdder storeCpu = new LongAdder();

  /** CPU time of the calling thread in nanoseconds (0 when the JVM cannot tell). */
  public static long cpuNow() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /** "annotate 12.3 s wall / 10.1 s cpu (61%), ..." of the summed stage times. */
  public String summary() {
    double t = Math.max(1e-9, annotateCpu.sum() + codeCpu.sum() + storeCpu.sum());
    return String.format(Locale.ROOT, "annotate %.1f s wall / %.1f s cpu (%.0f%% of cpu), code+place %.1f / %.1f s"
        + " (%.0f%%), store %.1f / %.1f s (%.0f%%) [summed over threads]",
        annotate.sum() / 1e9, annotateCpu.sum() / 1e9, 100 * annotateCpu.sum() / t,
        code.sum() / 1e9, codeCpu.sum() / 1e9, 100 * codeCpu.sum() / t,
        store.sum() / 1e9, storeCpu.sum() / 1e9, 100 * storeCpu.sum() / t);
  }
}
