package org.vigil.model;

import java.util.List;

/** Codes the events of an annotated article. Implementations are thread-safe. */
public interface EventCoder {
  List<Event> code(AnnotatedArticle article);

  /**
   * Cheap pre-filter run on a POS-tagged, lemmatised sentence before NER and parsing: false when the sentence
   * cannot hold an event (no trigger verb or event noun), so the annotator may skip parsing it.
   */
  default boolean mayHoldEvent(List<Token> tokens) {
    return true;
  }

  /** Version of the coder and its pattern files, recorded with every event. */
  String version();
}
