package org.vigil.app;

import java.nio.file.Path;
import java.util.List;

/**
 * How to build a {@link Pipeline}.
 *
 * @param userActorDirs folders of the user's own actor files, which override the bundled ones
 * @param threads worker threads for batch processing
 * @param classifier whether the coder's TYPE phase consults the learned event classifier (vigil-learn) where no
 *     pattern fires; off unless the system property {@code vigil.classifier} is "on" (with it, PETRARCH-2
 *     validation country dyad + root precision fell from 0.81 to 0.79, below the project's floor of 0.80)
 */
public record PipelineOptions(List<Path> userActorDirs, int threads, boolean classifier) {
  public PipelineOptions {
    userActorDirs = List.copyOf(userActorDirs);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  public PipelineOptions(List<Path> userActorDirs, int threads) {
    this(userActorDirs, threads, classifierByDefault());
  }

  /** This configuration with the classifier switched on or off. */
  public PipelineOptions withClassifier(boolean on) {
    return new PipelineOptions(userActorDirs, threads, on);
  }

  /** True with {@code -Dvigil.classifier=on} (e.g. through VIGIL_JAVA_OPTS). */
  public static boolean classifierByDefault() {
    return "on".equalsIgnoreCase(System.getProperty("vigil.classifier", "off"));
  }

  public static PipelineOptions defaults() {
    return new PipelineOptions(List.of(), Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
  }
}
