package org.vigil.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.model.ActorRef;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.store.incident.FatalityReport;

/** Turns events into rows of the events table, in its column order. Stateless. */
final class EventRows {
  static final int COLUMNS = 48;

  private EventRows() {}

  /** The incident-grouping key of an event: source and target country ("---" when unknown). */
  static String dyad(Event e) {
    return country(e.source()) + "|" + country(e.target());
  }

  private static String country(ActorRef a) {
    return a == null || a.country() == null ? "---" : a.country();
  }

  /** The row of event {@code e} of article {@code a}, stored as {@code articleId} version {@code version}. */
  static Object[] row(String eventId, ArticleLedger.Head h, Article a, Event e, CodingVersions v, Timestamp seen) {
    List<Object> r = new ArrayList<>(COLUMNS);
    r.addAll(Arrays.asList(eventId, h.seq(), h.articleId(), h.version(), true, e.sentence(), e.span().start(),
        e.span().end(), e.trigger() == null ? null : e.trigger().start(),
        e.trigger() == null ? null : e.trigger().end(), e.text(),
        Date.valueOf(e.date() == null ? a.date() : e.date()),
        Date.valueOf(e.articleDate() == null ? a.date() : e.articleDate())));
    actor(r, e.source());
    actor(r, e.target());
    r.addAll(Arrays.asList(e.code().code(), e.code().root(), e.code().quadClass(), e.code().goldstein(),
        e.code().plover(), e.code().ploverMode(), e.code().ploverContext(), e.mode().label(),
        e.claimant() == null ? null : e.claimant().text()));
    Place l = e.location();
    r.addAll(Arrays.asList(l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.lat(),
        l == null ? null : l.lon(), l == null ? null : l.precision()));
    r.addAll(Arrays.asList(e.fatalities(), FatalityReport.qualifier(e.text(), e.fatalities()).orElse(null),
        e.pattern(), v.coder(), v.ontology(), v.actors(), a.outlet(), a.url(), seen, dyad(e),
        String.join(" ", e.rules())));
    return r.toArray();
  }

  private static void actor(List<Object> r, ActorRef a) {
    r.addAll(Arrays.asList(a == null ? null : a.text(), a == null ? null : a.country(),
        a == null ? null : a.sector(), a == null ? null : a.actor(), a == null ? null : a.nerType()));
  }
}
