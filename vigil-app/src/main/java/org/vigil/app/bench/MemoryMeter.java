package org.vigil.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU of the process, peak heap and peak resident memory of this process over a phase of a benchmark: {@link #reset()} starts a
 * phase (on Linux the resident peak is reset through /proc/self/clear_refs), the getters read its peaks.
 */
final class MemoryMeter {
  private MemoryMeter() {}

  static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | UnsupportedOperationException e) {
      // not Linux, or not allowed: the resident peak then covers the whole run so far
    }
  }

  /** CPU seconds of the whole process so far (all threads: workers, GC, JIT), or 0 where the JVM cannot tell. */
  static double processCpu() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : 0;
  }

  /** Collections so far and their summed time in seconds (pauses and, for concurrent collectors, cycles). */
  static double[] gc() {
    long count = 0;
    long millis = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new double[] {count, millis / 1000.0};
  }

  /** Sum of the heap pools' peaks since the last reset, in bytes. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Heap in use after a collection, in bytes: what the loaded models and dictionaries hold. */
  static long liveHeap() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The 1, 5 and 15 minute load averages of the machine (/proc/loadavg), or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }

  /** The JVM's version, garbage collectors and maximum heap, for the record of a benchmark. */
  static String jvm() {
    StringBuilder gcs = new StringBuilder();
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs.append(gcs.length() == 0 ? "" : ", ").append(gc.getName());
    }
    return String.format(java.util.Locale.ROOT, "Java %s, GC %s, max heap %.1f GB", Runtime.version(), gcs,
        Runtime.getRuntime().maxMemory() / 1e9);
  }

  /** VmHWM of /proc/self/status in bytes, or -1 where there is none. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
