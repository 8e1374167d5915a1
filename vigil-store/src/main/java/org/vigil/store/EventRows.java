package org.vigil.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import org.vigil.model.ActorRef;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.store.incident.FatalityReport;

/** Binds events to the insert statement of the events table. Stateless. */
final class EventRows {
  static final String INSERT = "INSERT INTO events VALUES (" + "?,".repeat(46) + "?)";

  private EventRows() {}

  /** The incident-grouping key of an event: source and target country ("---" when unknown). */
  static String dyad(Event e) {
    return country(e.source()) + "|" + country(e.target());
  }

  private static String country(ActorRef a) {
    return a == null || a.country() == null ? "---" : a.country();
  }

  static void bind(PreparedStatement p, String eventId, long seq, int version, Article a, Event e,
      CodingVersions v, Timestamp seen) throws SQLException {
    int i = 1;
    p.setString(i++, eventId);
    p.setLong(i++, seq);
    p.setString(i++, a.id().equals(e.articleId()) ? a.id() : e.articleId());
    p.setInt(i++, version);
    p.setBoolean(i++, true);
    p.setInt(i++, e.sentence());
    p.setInt(i++, e.span().start());
    p.setInt(i++, e.span().end());
    setInt(p, i++, e.trigger() == null ? null : e.trigger().start());
    setInt(p, i++, e.trigger() == null ? null : e.trigger().end());
    p.setString(i++, e.text());
    p.setDate(i++, Date.valueOf(e.date() == null ? a.date() : e.date()));
    p.setDate(i++, Date.valueOf(e.articleDate() == null ? a.date() : e.articleDate()));
    i = actor(p, i, e.source());
    i = actor(p, i, e.target());
    p.setString(i++, e.code().code());
    p.setString(i++, e.code().root());
    p.setInt(i++, e.code().quadClass());
    p.setDouble(i++, e.code().goldstein());
    p.setString(i++, e.code().plover());
    p.setString(i++, e.code().ploverMode());
    p.setString(i++, e.code().ploverContext());
    p.setString(i++, e.mode().label());
    p.setString(i++, e.claimant() == null ? null : e.claimant().text());
    i = place(p, i, e.location());
    setInt(p, i++, e.fatalities());
    p.setString(i++, FatalityReport.qualifier(e.text(), e.fatalities()).orElse(null));
    p.setString(i++, e.pattern());
    p.setString(i++, v.coder());
    p.setString(i++, v.ontology());
    p.setString(i++, v.actors());
    p.setString(i++, a.outlet());
    p.setString(i++, a.url());
    p.setTimestamp(i++, seen);
    p.setString(i, dyad(e));
  }

  private static int actor(PreparedStatement p, int i, ActorRef a) throws SQLException {
    p.setString(i++, a == null ? null : a.text());
    p.setString(i++, a == null ? null : a.country());
    p.setString(i++, a == null ? null : a.sector());
    p.setString(i++, a == null ? null : a.actor());
    p.setString(i++, a == null ? null : a.nerType());
    return i;
  }

  private static int place(PreparedStatement p, int i, Place l) throws SQLException {
    p.setString(i++, l == null ? null : l.name());
    p.setString(i++, l == null ? null : l.country());
    setDouble(p, i++, l == null ? null : l.lat());
    setDouble(p, i++, l == null ? null : l.lon());
    setInt(p, i++, l == null ? null : l.precision());
    return i;
  }

  private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setInt(i, v);
    }
  }

  private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.DOUBLE);
    } else {
      p.setDouble(i, v);
    }
  }
}
