package org.vigil.model;

import java.util.List;
import java.util.Objects;

/** An annotated article with the events coded from it. */
public record CodedArticle(AnnotatedArticle annotated, List<Event> events) {
  public CodedArticle {
    Objects.requireNonNull(annotated, "annotated");
    events = List.copyOf(events);
  }
}
