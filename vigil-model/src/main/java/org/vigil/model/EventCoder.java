package org.vigil.model;

import java.util.List;

/** Codes the events of an annotated article. Implementations are thread-safe. */
public interface EventCoder {
  List<Event> code(AnnotatedArticle article);

  /** Version of the coder and its pattern files, recorded with every event. */
  String version();
}
