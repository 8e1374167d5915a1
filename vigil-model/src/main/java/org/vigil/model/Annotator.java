package org.vigil.model;

/**
 * The NLP stage: tokens, POS, lemmas, NER, dependency parse, dates and coreference of an article.
 * Implementations say whether they are thread-safe.
 */
public interface Annotator {
  AnnotatedArticle annotate(Article article);
}
