package org.vigil.app.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU seconds of this process's threads grouped by what they do (JIT compilers, garbage collector, everything
 * else), read from /proc/self/task on Linux, so a benchmark can say where the CPU outside its worker threads went.
 * Threads that ended between two snapshots are missing from the later one. Stateless and thread-safe.
 */
final class ThreadCpu {
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private ThreadCpu() {}

  /** CPU seconds so far per group ("jit", "gc", "other"); empty where /proc is not readable. */
  static Map<String, Double> snapshot() {
    Map<String, Double> out = new TreeMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path t : tasks) {
        String stat = Files.readString(t.resolve("stat"));
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String[] f = stat.substring(close + 2).split(" ");
        double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        out.merge(group(stat.substring(open + 1, close)), seconds, Double::sum);
      }
    } catch (IOException | RuntimeException e) {
      return Map.of(); // not Linux, or a thread ended while being read: the breakdown is then left out
    }
    return out;
  }

  /** "jit 1.2 s, gc 0.3 s, other 4.0 s" for the CPU spent between two snapshots. */
  static String between(Map<String, Double> before, Map<String, Double> after) {
    if (before.isEmpty() || after.isEmpty()) {
      return "n/a";
    }
    StringBuilder s = new StringBuilder();
    for (var e : after.entrySet()) {
      double d = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
      s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f s", e.getKey(), d));
    }
    return s.toString();
  }

  private static String group(String comm) {
    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
      return "jit";
    }
    if (comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")) {
      return "gc";
    }
    return "other";
  }
}
