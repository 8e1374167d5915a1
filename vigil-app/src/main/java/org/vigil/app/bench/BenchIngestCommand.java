package org.vigil.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.app.PipelineOptions;
import org.vigil.app.ingest.IngestReport;
import org.vigil.app.ingest.IngestRun;
import org.vigil.app.ingest.Processors;
import org.vigil.app.ingest.StageTimes;
import org.vigil.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench ingest}: generates news-style articles, ingests them into a fresh store and reports
 * articles/s, events/s, peak RSS and where the time went.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Benchmark ingest end to end on generated articles.")
public final class BenchIngestCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "2000", description = "Articles to generate (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--coder", defaultValue = "pipeline",
      description = "pipeline (real NLP, default) or keyword (a light stand-in: measures the store alone).")
  Processors.Kind coder;

  @Option(names = "--workers", defaultValue = "2", description = "Annotation threads (default ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--dir", description = "Work directory (default: a new temporary one).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("vigil-bench");
    Path input = work.resolve("generated.jsonl");
    NewsGenerator gen = new NewsGenerator(20240130L);
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        w.write(gen.articleLine(i));
        w.newLine();
      }
    }
    StageTimes times = new StageTimes();
    long t0 = System.nanoTime();
    Processors.Chosen chosen = Processors.load(coder, new PipelineOptions(List.of(), workers), times);
    double loadSecs = (System.nanoTime() - t0) / 1e9;
    IngestRun.Settings settings = new IngestRun.Settings(new StoreLayout(work.resolve("store")), Optional.empty(),
        workers, 64, Duration.ofSeconds(60));
    IngestReport r = new IngestRun(chosen.processor(), chosen.versions(), settings, times)
        .run(List.of(input.toString()), System.in, System.console() != null ? System.err : null);
    System.out.printf(Locale.ROOT, "bench ingest: coder=%s workers=%d articles=%d (stored %d, rejected %d)%n",
        coder, workers, articles, r.added() + r.newVersions(), r.rejections().size());
    System.out.printf(Locale.ROOT, "  load %.1f s; ingest %.1f s; %.2f articles/s; %.1f events/s; %d events%n",
        loadSecs, r.elapsed().toMillis() / 1000.0, r.articlesPerSecond(), r.eventsPerSecond(), r.events());
    System.out.println("  " + times.summary());
    System.out.println("  " + processCpu());
    System.out.println("  peak RSS " + peakRss() + "; store " + work.resolve("store"));
    return 0;
  }

  /** CPU of the whole process against GC pause time: what the per-stage thread figures leave out. */
  static String processCpu() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double cpu = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : -1;
    long gcMs = 0;
    long gcCount = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMs += Math.max(0, gc.getCollectionTime());
      gcCount += Math.max(0, gc.getCollectionCount());
    }
    return String.format(Locale.ROOT, "process cpu %.1f s (all threads incl. loading, JIT, GC); GC %d collections,"
        + " %.1f s", cpu, gcCount, gcMs / 1000.0);
  }

  /** VmHWM from /proc/self/status (Linux), else the JVM's committed heap. */
  static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D+", ""));
          return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // not Linux: fall through to the heap figure
    }
    return (Runtime.getRuntime().totalMemory() >> 20) + " MB heap (RSS unavailable)";
  }
}
