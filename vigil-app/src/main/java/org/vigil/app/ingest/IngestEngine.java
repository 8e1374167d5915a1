package org.vigil.app.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.vigil.app.Pipeline;
import org.vigil.store.StoreLayout;

/**
 * Another way to run {@code vigil ingest} than the built-in worker threads, found on the classpath through
 * {@link ServiceLoader} (vigil-flink provides "flink"), so that vigil-app never depends on the engine's module.
 * Implementations leave the same store a plain ingest would.
 */
public interface IngestEngine {
  /** The name given to {@code --engine}. */
  String name();

  /** Ingests the request's inputs into its store and reports what went in. */
  IngestReport run(Request request);

  /**
   * What to ingest, and how.
   *
   * @param inputs files and folders
   * @param store the store to fill
   * @param date fallback date for inputs without one
   * @param actorDirs folders of the user's own actor files
   * @param parallelism parallel instances of each stage
   * @param preloaded a pipeline already loaded in this JVM, for engines that run in-process (benchmarks)
   */
  record Request(List<String> inputs, StoreLayout store, Optional<LocalDate> date, List<Path> actorDirs,
      int parallelism, Optional<Pipeline> preloaded) {
    public Request {
      inputs = List.copyOf(inputs);
      actorDirs = List.copyOf(actorDirs);
      Objects.requireNonNull(store, "store");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(preloaded, "preloaded");
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
      }
    }
  }

  /** The engine named {@code name} on the classpath; fails naming the engines that are there. */
  static IngestEngine named(String name) {
    List<IngestEngine> all = ServiceLoader.load(IngestEngine.class).stream().map(ServiceLoader.Provider::get)
        .toList();
    return all.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("no ingest engine named '" + name + "' on the classpath (found: "
            + all.stream().map(IngestEngine::name).toList() + "); the flink engine is in vigil-flink,"
            + " which ./vigil builds and puts on the classpath"));
  }
}
