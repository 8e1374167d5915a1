package org.vigil.store.incident;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the incidents of the dyads marked dirty by the writer, from the current asserted and reported
 * events, inside the caller's transaction. Because incidents are a function of the stored events alone, a rerun
 * after a crash recomputes the same incidents. Not thread-safe; used by the store's writer.
 */
public final class DuckDbIncidents {
  private static final String FACTS = "SELECT event_id, article_id, version, sentence, span_start, span_end,"
      + " outlet, first_seen, date, src_country, src_actor, tgt_country, tgt_actor, cameo, quad_class,"
      + " loc_name, loc_country, loc_lat, loc_lon, fatalities, fatalities_qualifier FROM events"
      + " WHERE is_current AND mode IN ('asserted', 'reported') AND dyad = ?";
  private final Connection db;
  private final IncidentMerger merger;

  public DuckDbIncidents(Connection db, MergeSettings settings) {
    this.db = db;
    this.merger = new IncidentMerger(settings);
  }

  /** Recomputes every dirty dyad and clears the marks; returns how many dyads were recomputed. */
  public int mergeDirty() throws SQLException {
    List<String> dyads = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT dyad FROM dirty_dyads")) {
      while (rs.next()) {
        dyads.add(rs.getString(1));
      }
    }
    for (String dyad : dyads) {
      replace(dyad, merger.merge(facts(dyad)));
    }
    try (Statement s = db.createStatement()) {
      s.execute("DELETE FROM dirty_dyads");
    }
    return dyads.size();
  }

  private List<EventFact> facts(String dyad) throws SQLException {
    List<EventFact> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(FACTS)) {
      p.setString(1, dyad);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new EventFact(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5),
              r.getInt(6), r.getString(7), r.getTimestamp(8).toInstant(), r.getDate(9).toLocalDate(),
              r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getInt(15),
              r.getString(16), r.getString(17), (Double) r.getObject(18), (Double) r.getObject(19),
              (Integer) r.getObject(20), r.getString(21)));
        }
      }
    }
    return out;
  }

  private void replace(String dyad, List<Incident> incidents) throws SQLException {
    for (String table : List.of("incidents", "event_mentions")) {
      try (PreparedStatement p = db.prepareStatement("DELETE FROM " + table + " WHERE dyad = ?")) {
        p.setString(1, dyad);
        p.executeUpdate();
      }
    }
    try (PreparedStatement inc = db.prepareStatement("INSERT INTO incidents VALUES (" + "?,".repeat(19) + "?)");
        PreparedStatement men = db.prepareStatement("INSERT INTO event_mentions VALUES (" + "?,".repeat(12) + "?)")) {
      for (Incident i : incidents) {
        bindIncident(inc, i);
        inc.addBatch();
        for (EventFact f : i.mentions()) {
          bindMention(men, i.id(), f);
          men.addBatch();
        }
      }
      inc.executeBatch();
      men.executeBatch();
    }
  }

  private static void bindIncident(PreparedStatement p, Incident i) throws SQLException {
    Object[] v = {i.id(), i.dyad(), i.srcCountry(), i.srcActor(), i.tgtCountry(), i.tgtActor(), i.root(),
        i.cameo(), i.quadClass(), Date.valueOf(i.dateStart()), Date.valueOf(i.dateEnd()), i.place(), i.lat(),
        i.lon(), i.fatalitiesMin(), i.fatalitiesMax(), i.mentions().size(), i.sources(), i.confidence(),
        Timestamp.from(i.firstSeen())};
    for (int k = 0; k < v.length; k++) {
      set(p, k + 1, v[k]);
    }
  }

  private static void bindMention(PreparedStatement p, String incident, EventFact f) throws SQLException {
    Object[] v = {incident, f.eventId(), f.articleId(), f.version(), f.sentence(), f.spanStart(), f.spanEnd(),
        f.outlet(), Timestamp.from(f.firstSeen()), f.cameo(), f.fatalities(), f.fatalitiesQualifier(), f.dyad()};
    for (int k = 0; k < v.length; k++) {
      set(p, k + 1, v[k]);
    }
  }

  private static void set(PreparedStatement p, int i, Object v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.VARCHAR);
    } else {
      p.setObject(i, v);
    }
  }
}
