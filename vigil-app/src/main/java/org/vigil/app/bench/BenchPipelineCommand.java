package org.vigil.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vigil.app.Pipeline;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.app.ingest.IngestEngine;
import org.vigil.app.ingest.IngestReport;
import org.vigil.app.ingest.IngestRun;
import org.vigil.app.ingest.PipelineProcessor;
import org.vigil.app.ingest.Processors;
import org.vigil.app.ingest.StageTimes;
import org.vigil.ingest.InputScanner;
import org.vigil.nlp.corenlp.CoreNlpParseFloor;
import org.vigil.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil bench pipeline DIR}: in one run on the same texts, the parse-only floor (CoreNLP tokenize ...
 * depparse, no NER) against Vigil end to end (annotate, code, place) as sentences/s and their ratio, CPU per
 * stage, peak heap and peak RSS; then the same texts through the Flink job at parallelism 1 and 2.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Parse-only floor vs Vigil end to end on the same texts, then Flink at parallelism 1 and 2.")
public final class BenchPipelineCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (any input format).")
  List<String> inputs;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--files", defaultValue = "0", description = "Use only the first N files (0: all).")
  int files;

  @Option(names = "--repeat", defaultValue = "1",
      description = "Run over the articles N times (copies get new ids), for a steady state (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", defaultValue = "-1", description = "Articles processed before each measured pass"
      + " (JIT warm-up, caches); -1: one pass over the input's articles, at most 200 (default).")
  int warmup;

  @Option(names = "--stock-floor", description = "Also measure CoreNLP's own depparse annotator as shipped.")
  boolean stockFloor;

  @Option(names = "--no-flink", description = "Skip the Flink runs.")
  boolean noFlink;

  @Option(names = "--no-ingest", description = "Skip the plain ingest run.")
  boolean noIngest;

  @Override
  public Integer call() throws IOException {
    List<String> chosen = InputScanner.expand(inputs).stream().map(Path::toString)
        .limit(files > 0 ? files : Long.MAX_VALUE).toList();
    BenchInputs in = BenchInputs.read(chosen, repeat);
    int warm = warmup >= 0 ? warmup : Math.min(200, in.articles().size() / repeat);
    PipelineBenchmark bench = new PipelineBenchmark(in.articles(), threads);
    System.out.printf(Locale.ROOT, "bench pipeline: %d articles (%d files x %d), %d threads, warm-up %d articles;"
        + " %d cores, load average %s; %s%n", in.articles().size(), in.fileCount(), repeat, threads, warm,
        Runtime.getRuntime().availableProcessors(), MemoryMeter.loadAverage(), MemoryMeter.jvm());

    List<PipelineBenchmark.Pass> floors = new ArrayList<>();
    floors.add(floor(bench, "parse-only floor", CoreNlpParseFloor::vigilParser, warm));
    if (stockFloor) {
      floors.add(floor(bench, "stock CoreNLP floor", CoreNlpParseFloor::stock, warm));
    }
    PipelineBenchmark.Pass floor = floors.get(0);

    long t0 = System.nanoTime();
    Pipeline pipeline = PipelineFactory.load(new PipelineOptions(List.of(), threads));
    double load = (System.nanoTime() - t0) / 1e9;
    long modelHeap = MemoryMeter.liveHeap();
    System.out.printf(Locale.ROOT, "  load Vigil %.1f s; live heap after load %.2f GB (models, dictionaries,"
        + " gazetteer)%n", load, modelHeap / 1e9);
    PipelineBenchmark.Pass vigil = bench.vigil(pipeline, warm);

    for (PipelineBenchmark.Pass f : floors) {
      printPass(f);
    }
    printPass(vigil);
    // on a shared machine the wall-time ratio carries other processes' load; the cpu ratio does not
    System.out.printf(Locale.ROOT, "  Vigil / floor: %.2f by wall time, %.2f by worker cpu time; load average now %s%n",
        vigil.sentencesPerSecond() / floor.sentencesPerSecond(), cpuTotal(floor) / cpuTotal(vigil),
        MemoryMeter.loadAverage());
    Path dir = Files.createTempDirectory("vigil-bench-inputs");
    List<String> engineFiles = in.asFiles(dir);
    if (!noIngest) {
      plainIngest(engineFiles, pipeline, vigil.sentences());
    }
    if (!noFlink) {
      // warm-up: one copy of the input when repeated (a file per copy), else the warm-up's share of the files
      int warmFiles = repeat > 1 ? 1 : Math.max(1, (int) ((long) warm * engineFiles.size() / in.articles().size()));
      flink(engineFiles, engineFiles.subList(0, Math.min(warmFiles, engineFiles.size())), pipeline, vigil.sentences());
    }
    System.out.printf(Locale.ROOT, "  load average at the end %s%n", MemoryMeter.loadAverage());
    return 0;
  }

  private static PipelineBenchmark.Pass floor(PipelineBenchmark bench, String name,
      Supplier<CoreNlpParseFloor> make, int warm) {
    long t0 = System.nanoTime();
    CoreNlpParseFloor parser = make.get();
    System.out.printf(Locale.ROOT, "  load %s %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
    return bench.floor(name, parser::parse, warm);
  }

  private static void printPass(PipelineBenchmark.Pass p) {
    StringBuilder stages = new StringBuilder();
    double total = 0;
    for (double s : p.stageCpu()) {
      total += s;
    }
    for (int i = 0; p.stageCpu().length > 1 && i < p.stageCpu().length; i++) {
      stages.append(String.format(Locale.ROOT, "%s%s %.1f s (%.0f%%)", i == 0 ? "; cpu " : ", ",
          PipelineBenchmark.STAGES[i], p.stageCpu()[i], 100 * p.stageCpu()[i] / Math.max(total, 1e-9)));
    }
    System.out.printf(Locale.ROOT, "  %-18s %5d sentences in %6.1f s = %6.1f sentences/s (%.1f per worker"
        + " cpu-second); worker cpu %.1f s%s; process cpu %.1f s (%.1f sentences per process cpu-second, GC and JIT"
        + " included; by thread: %s); %.0f collections taking %.1f s; peak heap %.2f GB, peak RSS %.2f GB%n", p.name(), p.sentences(),
        p.seconds(), p.sentencesPerSecond(), p.sentences() / Math.max(total, 1e-9), total, stages, p.processCpu(),
        p.sentences() / Math.max(p.processCpu(), 1e-9), p.threadCpu(), p.gc()[0], p.gc()[1], p.peakHeap() / 1e9, p.peakRss() / 1e9);
  }

  /** The same files through a plain {@code vigil ingest} (worker threads, DuckDB store): Flink's reference. */
  private void plainIngest(List<String> chosen, Pipeline pipeline, long sentences) throws IOException {
    Path store = Files.createTempDirectory("vigil-bench-ingest");
    MemoryMeter.reset();
    double cpu0 = MemoryMeter.processCpu();
    IngestReport r = new IngestRun(new PipelineProcessor(pipeline, new StageTimes()),
        Processors.versionsOf(pipeline.versions()), new IngestRun.Settings(new StoreLayout(store), Optional.empty(),
        threads, 64, Duration.ofSeconds(30)), new StageTimes()).run(chosen, System.in, null);
    double cpu = MemoryMeter.processCpu() - cpu0;
    System.out.printf(Locale.ROOT, "  vigil ingest, %d threads: %d articles, %d events in %.1f s = %.1f sentences/s;"
        + " process cpu %.1f s (%.1f sentences per cpu-second); peak heap %.2f GB, peak RSS %.2f GB%n", threads,
        r.added(), r.events(), r.elapsed().toMillis() / 1000.0, sentences / (r.elapsed().toMillis() / 1000.0), cpu,
        sentences / Math.max(cpu, 1e-9), MemoryMeter.peakHeap() / 1e9, MemoryMeter.peakRss() / 1e9);
  }

  private static double cpuTotal(PipelineBenchmark.Pass p) {
    double t = 0;
    for (double s : p.stageCpu()) {
      t += s;
    }
    return t;
  }

  /** The same files through the Flink job (local MiniCluster, store sink) at parallelism 1 and 2. */
  private void flink(List<String> chosen, List<String> warmUp, Pipeline pipeline, long sentences)
      throws IOException {
    IngestEngine engine;
    try {
      engine = IngestEngine.named("flink");
    } catch (IllegalArgumentException e) {
      System.out.println("  flink: " + e.getMessage());
      return;
    }
    // an unmeasured run first, at parallelism 2: Flink's classes load and its code paths compile once per JVM
    engine.run(new IngestEngine.Request(warmUp, new StoreLayout(Files.createTempDirectory("vigil-bench-flink")),
        Optional.empty(), List.of(), 2, Optional.of(pipeline)));
    double[] rate = new double[3];
    for (int p = 1; p <= 2; p++) {
      Path store = Files.createTempDirectory("vigil-bench-flink");
      MemoryMeter.reset();
      double cpu0 = MemoryMeter.processCpu();
      IngestReport r = engine.run(new IngestEngine.Request(chosen, new StoreLayout(store), Optional.empty(),
          List.of(), p, Optional.of(pipeline)));
      Duration d = r.elapsed();
      rate[p] = sentences / (d.toMillis() / 1000.0);
      double cpu = MemoryMeter.processCpu() - cpu0;
      System.out.printf(Locale.ROOT, "  Flink parallelism %d: %d articles, %d events in %.1f s = %.1f sentences/s"
          + " (job start and DuckDB store included); process cpu %.1f s (%.1f sentences per cpu-second);"
          + " peak heap %.2f GB, peak RSS %.2f GB; rejected %d%n", p, r.added(), r.events(), d.toMillis() / 1000.0,
          rate[p], cpu, sentences / Math.max(cpu, 1e-9),
          MemoryMeter.peakHeap() / 1e9, MemoryMeter.peakRss() / 1e9, r.rejections().size());
    }
    System.out.printf(Locale.ROOT, "  Flink parallelism 2 / 1: %.2f%n", rate[2] / rate[1]);
  }
}
