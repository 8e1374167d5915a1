package org.vigil.ingest;

import java.util.Objects;
import java.util.Optional;
import org.vigil.model.Article;
import org.vigil.model.Rejection;

/** Either an article read from an input, or the reason it could not be read. */
public record ReadResult(Article article, Rejection rejection) {
  public ReadResult {
    if ((article == null) == (rejection == null)) {
      throw new IllegalArgumentException("exactly one of article and rejection must be set");
    }
  }

  public static ReadResult ok(Article article) {
    return new ReadResult(Objects.requireNonNull(article), null);
  }

  public static ReadResult rejected(Rejection rejection) {
    return new ReadResult(null, Objects.requireNonNull(rejection));
  }

  public Optional<Article> articleOpt() {
    return Optional.ofNullable(article);
  }
}
