package org.vigil.flink.stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vigil.app.Pipeline;
import org.vigil.app.PipelineFactory;
import org.vigil.app.PipelineOptions;
import org.vigil.app.ingest.Processors;
import org.vigil.store.CodingVersions;

/**
 * The one {@link Pipeline} of a task manager JVM: the first operator to open loads the models (vigil-app's
 * {@link PipelineFactory}, the same wiring as {@code vigil ingest}), every other slot and stage of the job
 * shares it (the pipeline is thread-safe), and the last to close drops it. An in-process caller that has
 * loaded a pipeline already can hand it over with {@link #preload}. Thread-safe.
 */
public final class SharedPipeline {
  private static Pipeline pipeline;
  private static List<Path> loadedFor;
  private static int users;
  private static boolean preloaded;

  private SharedPipeline() {}

  /** The JVM's pipeline, loaded with the user's actor folders {@code actorDirs} on first use. */
  public static synchronized Pipeline acquire(List<Path> actorDirs) {
    Objects.requireNonNull(actorDirs, "actorDirs");
    if (pipeline != null && !loadedFor.equals(actorDirs)) {
      throw new IllegalStateException("a pipeline for actor folders " + loadedFor + " is loaded; this job asks for "
          + actorDirs + " (run one job per task manager, or the same actor folders)");
    }
    if (pipeline == null) {
      pipeline = PipelineFactory.load(new PipelineOptions(actorDirs, 1));
      loadedFor = List.copyOf(actorDirs);
    }
    users++;
    return pipeline;
  }

  /** Ends one use; the last use lets the models go. A preloaded pipeline stays until {@link #clear}. */
  public static synchronized void release() {
    users = Math.max(0, users - 1);
    if (users == 0 && !preloaded) {
      pipeline = null;
      loadedFor = null;
    }
  }

  /** Makes {@code loaded} the JVM's pipeline for jobs with actor folders {@code actorDirs} (benchmarks, tests). */
  public static synchronized void preload(Pipeline loaded, List<Path> actorDirs) {
    pipeline = Objects.requireNonNull(loaded, "loaded");
    loadedFor = List.copyOf(actorDirs);
    preloaded = true;
  }

  /** Forgets a preloaded pipeline. */
  public static synchronized void clear() {
    preloaded = false;
    if (users == 0) {
      pipeline = null;
      loadedFor = null;
    }
  }

  /** The versions to record on events coded by {@code p}. */
  public static CodingVersions versionsOf(Pipeline p) {
    return Processors.versionsOf(p.versions());
  }
}
