package org.vigil.app.ingest;

import org.vigil.model.Article;
import org.vigil.model.CodedArticle;

/** Turns one article into its coded form; implementations are thread-safe (two workers call it at once). */
@FunctionalInterface
public interface ArticleProcessor {
  CodedArticle process(Article article);
}
