package org.vigil.app;

import java.nio.file.Path;
import java.util.List;

/**
 * How to build a {@link Pipeline}.
 *
 * @param userActorDirs folders of the user's own actor files, which override the bundled ones
 * @param threads worker threads for batch processing
 * @param classifier whether the coder's TYPE phase consults the learned event classifier (vigil-learn) where no
 *     pattern fires; on unless the system property {@code vigil.classifier} is "off" (on 2026-12-08, with rules
 *     classifier-dyad and classifier-bare-statement, PETRARCH-2 validation country dyad + root precision stays at
 *     0.81 and real-text dev no-event sentences left empty at 0.92 / 0.91, for 14 % more CPU end to end)
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

  /** True unless {@code -Dvigil.classifier=off} (e.g. through VIGIL_JAVA_OPTS). */
  public static boolean classifierByDefault() {
    return !"off".equalsIgnoreCase(System.getProperty("vigil.classifier", "on"));
  }

  public static PipelineOptions defaults() {
    return new PipelineOptions(List.of(), Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
  }
}
