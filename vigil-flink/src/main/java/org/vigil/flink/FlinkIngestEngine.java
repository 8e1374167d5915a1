package org.vigil.flink;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigil.app.ingest.IngestEngine;
import org.vigil.app.ingest.IngestReport;
import org.vigil.flink.stage.SharedPipeline;
import org.vigil.model.Rejection;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;

/**
 * {@code vigil ingest --engine flink}: runs the Vigil job on the inputs in a local Flink MiniCluster (in this
 * JVM, {@code parallelism} slots) into the DuckDB store, and reports what went in from the store's counts before
 * and after. Found by vigil-app through {@link java.util.ServiceLoader}.
 */
public final class FlinkIngestEngine implements IngestEngine {
  @Override
  public String name() {
    return "flink";
  }

  @Override
  public IngestReport run(Request r) {
    long start = System.nanoTime();
    r.preloaded().ifPresent(p -> SharedPipeline.preload(p, r.actorDirs()));
    JobSettings s = new JobSettings(r.inputs(), Optional.empty(), Optional.empty(), r.date(), r.actorDirs(),
        r.parallelism(), Duration.ofSeconds(5), Optional.empty(), Optional.of(r.store().dir()), Duration.ofDays(7));
    long[] before = counts(r.store());
    JobExecutionResult result;
    try {
      StreamExecutionEnvironment env = VigilJob.environment(s, new Configuration());
      VigilJob.build(env, s);
      result = env.execute("vigil ingest");
    } catch (Exception e) {
      throw new IllegalStateException("the Flink job failed: " + e.getMessage(), e);
    } finally {
      r.preloaded().ifPresent(p -> SharedPipeline.clear());
    }
    long[] after = counts(r.store());
    long read = counter(result, VigilJob.READ);
    List<Rejection> rejections = new ArrayList<>();
    List<String> lines = result.getAccumulatorResult(VigilJob.REJECTIONS);
    for (String line : lines == null ? List.<String>of() : lines) {
      String[] f = line.split("\t", 4);
      rejections.add(new Rejection(f[0], f[1], f[2], f[3]));
    }
    long added = after[0] - before[0];
    long versions = after[1] - before[1];
    return new IngestReport(read, added, versions, read - added - versions, after[2] - before[2], (int) after[3],
        Duration.ofNanos(System.nanoTime() - start), rejections);
  }

  private static long counter(JobExecutionResult result, String name) {
    Object v = result.getAccumulatorResult(name);
    return v == null ? 0 : ((Number) v).longValue();
  }

  /** Articles first stored, later versions, event rows and dyads with incidents now in the store. */
  private static long[] counts(StoreLayout layout) {
    if (!Files.exists(layout.database())) {
      return new long[4];
    }
    try (StoreReader reader = StoreReader.open(layout)) {
      return new long[] {reader.count("SELECT count(*) FROM articles WHERE version = 1"),
          reader.count("SELECT count(*) FROM articles WHERE version > 1"), reader.count("SELECT count(*) FROM events"),
          reader.count("SELECT count(DISTINCT dyad) FROM incidents")};
    }
  }
}
