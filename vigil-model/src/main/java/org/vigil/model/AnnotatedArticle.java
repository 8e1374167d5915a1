package org.vigil.model;

import java.util.List;
import java.util.Objects;

/** An article with its sentences annotated by the NLP stage, and coreference chains across them. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<CorefChain> coref) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    coref = List.copyOf(coref);
  }
}
