package org.vigil.model;

import java.util.List;

/** Attaches places to the events of an article. Implementations are thread-safe. */
public interface Geocoder {
  List<Event> locate(AnnotatedArticle article, List<Event> events);
}
