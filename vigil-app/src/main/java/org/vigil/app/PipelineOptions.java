package org.vigil.app;

import java.nio.file.Path;
import java.util.List;

/**
 * How to build a {@link Pipeline}.
 *
 * @param userActorDirs folders of the user's own actor files, which override the bundled ones
 * @param threads worker threads for batch processing
 */
public record PipelineOptions(List<Path> userActorDirs, int threads) {
  public PipelineOptions {
    userActorDirs = List.copyOf(userActorDirs);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  public static PipelineOptions defaults() {
    return new PipelineOptions(List.of(), Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
  }
}
