package org.vigil.learn;

import java.util.List;

/**
 * Turns sentences into fixed-length vectors for the classifier heads. Implementations load their model once
 * and are thread-safe.
 */
public interface SentenceEncoder {
  /** One unit-length vector of {@link #dimension()} floats per text, in order. */
  float[][] encode(List<String> texts);

  /** Length of every vector. */
  int dimension();

  /** Name of the model, written into the head file so heads are never used with another encoder. */
  String name();
}
