package org.vigil.store.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Place;

/**
 * The incident facts of one coded article version, as the store would read them back from its events table:
 * the same event ids ({@code article/vN/i}) and fields, asserted and reported events only. Lets a streaming
 * engine merge incidents without the store. Stateless.
 */
public final class EventFacts {
  private static final Set<Mode> MERGED = Set.of(Mode.ASSERTED, Mode.REPORTED);

  private EventFacts() {}

  /** The facts of {@code coded} stored as version {@code version}, first seen at {@code seen}. */
  public static List<EventFact> of(CodedArticle coded, int version, Instant seen) {
    Article a = coded.annotated().article();
    List<Event> events = coded.events();
    List<EventFact> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (!MERGED.contains(e.mode())) {
        continue;
      }
      Place l = e.location();
      out.add(new EventFact(a.id() + "/v" + version + "/" + i, a.id(), version, e.sentence(), e.span().start(),
          e.span().end(), a.outlet(), seen, e.date() == null ? a.date() : e.date(), country(e.source()),
          actor(e.source()), country(e.target()), actor(e.target()), e.code().code(), e.code().quadClass(),
          l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.lat(),
          l == null ? null : l.lon(), e.fatalities(), FatalityReport.qualifier(e.text(), e.fatalities()).orElse(null)));
    }
    return out;
  }

  private static String country(ActorRef a) {
    return a == null ? null : a.country();
  }

  private static String actor(ActorRef a) {
    return a == null ? null : a.actor();
  }
}
