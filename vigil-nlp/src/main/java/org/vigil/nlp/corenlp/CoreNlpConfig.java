package org.vigil.nlp.corenlp;

/**
 * Settings of the CoreNLP stage.
 *
 * @param threads worker threads CoreNLP may use inside one annotate call
 * @param parse whether to run the dependency parser at all (off only for annotation benchmarks)
 */
public record CoreNlpConfig(int threads, boolean parse) {
  public CoreNlpConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(1, true);
  }
}
