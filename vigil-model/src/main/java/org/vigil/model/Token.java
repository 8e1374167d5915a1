package org.vigil.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in its sentence
 * @param word surface form
 * @param lemma lemma (lower case for common words)
 * @param pos Penn Treebank tag
 * @param ner coarse NER tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, NUMBER, ...) or "O"
 * @param span article offsets
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(span, "span");
    lemma = lemma == null ? word : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null ? "O" : ner;
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
