package org.vigil.flink.stage;

import java.util.Objects;

/**
 * A record on its way through the job with the article version it belongs to (1 for an article first seen,
 * more for a changed article with a known id) and when the job first saw it.
 *
 * @param value the article in its current stage (Article, AnnotatedArticle, CodedArticle)
 * @param version the article's version, counted in the job's keyed state
 * @param seenMillis epoch milliseconds of the first sight
 */
public record Versioned<T>(T value, int version, long seenMillis) {
  public Versioned {
    Objects.requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1: " + version);
    }
  }

  /** The next stage's value, same version and sighting. */
  public <U> Versioned<U> with(U next) {
    return new Versioned<>(next, version, seenMillis);
  }
}
