package org.vigil.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.app.PipelineOptions;
import org.vigil.app.ingest.IngestEngine;
import org.vigil.app.ingest.IngestReport;
import org.vigil.app.ingest.IngestRun;
import org.vigil.app.ingest.Processors;
import org.vigil.app.ingest.StageTimes;
import org.vigil.model.Rejection;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil ingest PATH...}: reads articles of any supported format into a store, skipping what is already
 * there. Exit 0 when everything went in, 1 when some inputs were rejected, 2 on bad usage or a busy store.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest articles (seed text, plain text with --date, JSONL, HTML, RSS/Atom, WARC, and .gz of"
        + " them; files, folders or - for stdin) into a store.")
public final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Option(names = "--store", description = "Store directory (default: ${DEFAULT-VALUE}).", defaultValue = "vigil-data")
  Path store;

  @Option(names = "--date", description = "Date (YYYY-MM-DD) for inputs that carry none.")
  LocalDate date;

  @Option(names = "--actors", description = "Folder of your own actor files (override the bundled ones).")
  List<Path> actorDirs = new ArrayList<>();

  @Option(names = "--workers", description = "Annotation threads (default: ${DEFAULT-VALUE}).", defaultValue = "2")
  int workers;

  @Option(names = "--batch", description = "Articles per store transaction (default: ${DEFAULT-VALUE}).",
      defaultValue = "64")
  int batch;

  @Option(names = "--coder", hidden = true, defaultValue = "pipeline",
      description = "pipeline (default) or keyword: a light stand-in to measure the store alone.")
  Processors.Kind coder;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--engine", defaultValue = "threads",
      description = "threads (default: this process's worker threads) or flink (the same stages as an Apache Flink"
          + " job in a local MiniCluster; needs vigil-flink on the classpath, as ./vigil has it).")
  String engine;

  @Option(names = "--parallelism", description = "Parallel instances of each stage with --engine flink"
      + " (default: --workers).")
  Integer parallelism;

  @Override
  public Integer call() {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    StageTimes times = new StageTimes();
    IngestRun.Settings settings = new IngestRun.Settings(new StoreLayout(store), Optional.ofNullable(date),
        workers, batch, Duration.ofSeconds(30));
    IngestReport report;
    if (!engine.equals("threads")) {
      return runEngine(err);
    }
    try {
      Processors.Lazy processor = new Processors.Lazy(coder, new PipelineOptions(actorDirs, workers), times);
      boolean terminal = System.console() != null && !quiet;
      report = new IngestRun(processor, processor::versions, settings, times)
          .run(inputs, System.in, terminal ? err : null);
    } catch (StoreException e) {
      err.println("vigil: " + e.getMessage());
      return 2;
    }
    summarise(report, times, err);
    return report.rejections().isEmpty() ? 0 : 1;
  }

  /** Runs another ingest engine (found on the classpath) into the same store. */
  private int runEngine(PrintStream err) {
    IngestReport report;
    try {
      IngestEngine e = IngestEngine.named(engine);
      report = e.run(new IngestEngine.Request(inputs, new StoreLayout(store), Optional.ofNullable(date), actorDirs,
          parallelism == null ? workers : parallelism, Optional.empty()));
    } catch (IllegalArgumentException | StoreException e) {
      err.println("vigil: " + e.getMessage());
      return 2;
    }
    summarise(report, null, err);
    return report.rejections().isEmpty() ? 0 : 1;
  }

  private void summarise(IngestReport r, StageTimes times, PrintStream err) {
    for (Rejection x : r.rejections()) {
      err.println("vigil: rejected " + x.message() + " [" + x.stage() + "]");
    }
    err.printf(Locale.ROOT, "vigil: %d read, %d new, %d new versions, %d duplicates skipped, %d rejected;"
        + " %d events; incidents recomputed for %d dyads; %.1f s, %.2f articles/s, %.1f events/s%n",
        r.read(), r.added(), r.newVersions(), r.duplicates(), r.rejections().size(), r.events(),
        r.incidentDyads(), r.elapsed().toMillis() / 1000.0, r.articlesPerSecond(), r.eventsPerSecond());
    if (times != null) {
      err.println("vigil: time " + times.summary());
    }
    if (!r.rejections().isEmpty()) {
      Path file = store.resolve("rejects.tsv");
      writeRejects(file, r.rejections());
      err.println("vigil: reject report appended to " + file);
    }
  }

  static void writeRejects(Path file, List<Rejection> rejections) {
    StringBuilder sb = new StringBuilder();
    String now = Instant.now().toString();
    for (Rejection x : rejections) {
      sb.append(now).append('\t').append(x.origin()).append('\t').append(x.location()).append('\t')
          .append(x.stage()).append('\t').append(x.reason().replace('\t', ' ').replace('\n', ' ')).append('\n');
    }
    try {
      Files.writeString(file, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write reject report " + file, e);
    }
  }
}
