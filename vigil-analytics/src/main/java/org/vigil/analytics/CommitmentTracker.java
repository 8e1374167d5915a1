package org.vigil.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vigil.store.StoreReader;

/**
 * Follows every declared ceasefire, cessation, truce, withdrawal pledge and threat in the store through the
 * material events of the same dyad in the {@code windowDays} after it. A side is its actor id when the event
 * names one, else its country, widened by the sponsor roll-up (a group's members and the groups a side backs act
 * for it). The store's last event date says whether a window has run out ("too-early" before that). Three
 * queries whatever the number of commitments: the commitments, then every deciding act and counter-act at once
 * through a session table of side codes and the actor ids each stands for. Stateless.
 */
public final class CommitmentTracker {
  /** CAMEO codes of yielding commitments: de-escalate (087x), intent to de-escalate (0356), retreat (0874). */
  private static final String YIELD = "(cameo LIKE '087%' OR cameo = '0356' OR cameo = '0874')";
  private static final String THREAT = "(cameo LIKE '13%')";
  private final ActorHierarchy hierarchy;
  private final int windowDays;

  public CommitmentTracker(ActorHierarchy hierarchy, int windowDays) {
    if (windowDays < 1 || windowDays > 3660) {
      throw new IllegalArgumentException("window must be 1..3660 days, got " + windowDays);
    }
    this.hierarchy = hierarchy;
    this.windowDays = windowDays;
  }

  /** Every commitment between {@code from} and {@code to} (null for open), oldest first. */
  public List<Commitment> track(StoreReader r, LocalDate from, LocalDate to) {
    Object last = r.query("SELECT max(date) AS d FROM " + CorrectedEvents.VIEW, List.of()).get(0).get("d");
    LocalDate lastDay = last == null ? null : DyadSeries.toDate(last);
    List<Object> params = new ArrayList<>();
    String where = "(" + YIELD + " OR " + THREAT + ") AND mode = 'asserted'"
        + " AND coalesce(src_actor, src_country) IS NOT NULL" + DyadSeries.dateRange(from, to, params);
    List<Map<String, Object>> made = r.query("SELECT * FROM " + CorrectedEvents.VIEW + " WHERE " + where
        + " ORDER BY date, event_id", params);
    if (made.isEmpty()) {
      return List.of();
    }
    installSides(r, made);
    Map<Object, List<Map<String, Object>>> acts = new LinkedHashMap<>();
    Map<Object, List<Map<String, Object>>> counter = new LinkedHashMap<>();
    for (Map<String, Object> row : decidingActs(r, where, params)) {
      (Boolean.TRUE.equals(row.get("by_maker")) ? acts : counter)
          .computeIfAbsent(row.get("commitment_id"), k -> new ArrayList<>()).add(row);
    }
    List<Commitment> out = new ArrayList<>();
    for (Map<String, Object> c : made) {
      out.add(fate(c, acts.getOrDefault(c.get("event_id"), List.of()),
          counter.getOrDefault(c.get("event_id"), List.of()), lastDay));
    }
    return out;
  }

  /** A TEMP table of each side code of the commitments and the actor ids it stands for (itself included). */
  private void installSides(StoreReader r, List<Map<String, Object>> made) {
    TreeSet<String> codes = new TreeSet<>();
    for (Map<String, Object> c : made) {
      codes.add(sideCode(c, "src"));
      String t = sideCode(c, "tgt");
      if (t != null) {
        codes.add(t);
      }
    }
    r.execute("CREATE OR REPLACE TEMP TABLE commitment_sides (code VARCHAR, id VARCHAR)", List.of());
    for (String code : codes) {
      for (String id : DyadSide.of(code, DyadSide.RollUp.SPONSOR, hierarchy).actorIds()) {
        r.execute("INSERT INTO commitment_sides VALUES (?, ?)", List.of(code, id));
      }
    }
  }

  /**
   * Material acts in each commitment's window: by the maker against the counterpart (anyone when none is named;
   * by_maker true) and by the counterpart against the maker (by_maker false), each row an event of the view.
   */
  private List<Map<String, Object>> decidingActs(StoreReader r, String where, List<Object> params) {
    List<Object> p = new ArrayList<>(params);
    p.add(windowDays);
    String keys = "SELECT event_id, %1$s_country AS k FROM x WHERE %1$s_country IS NOT NULL UNION"
        + " SELECT x.event_id, s.code FROM x JOIN commitment_sides s ON s.id = x.%1$s_actor";
    return r.query("WITH c AS (SELECT event_id AS cid, date AS cdate, coalesce(src_actor, src_country) AS maker,"
        + " coalesce(tgt_actor, tgt_country) AS cp FROM " + CorrectedEvents.VIEW + " WHERE " + where + "),"
        + " x AS (SELECT * FROM " + CorrectedEvents.VIEW + " WHERE quad_class = 4 AND mode = 'asserted'),"
        + " xs AS (" + keys.formatted("src") + "), xt AS (" + keys.formatted("tgt") + "),"
        + " hits AS (SELECT c.cid, xs.event_id, true AS by_maker FROM c JOIN xs ON xs.k = c.maker"
        + " WHERE c.cp IS NULL OR EXISTS (SELECT 1 FROM xt WHERE xt.event_id = xs.event_id AND xt.k = c.cp)"
        + " UNION SELECT c.cid, xs.event_id, false FROM c JOIN xs ON xs.k = c.cp"
        + " WHERE EXISTS (SELECT 1 FROM xt WHERE xt.event_id = xs.event_id AND xt.k = c.maker))"
        + " SELECT h.cid AS commitment_id, h.by_maker, x.* FROM hits h JOIN x ON x.event_id = h.event_id"
        + " JOIN c ON c.cid = h.cid WHERE x.date > c.cdate AND x.date <= c.cdate + CAST(? AS INTEGER)"
        + " ORDER BY x.date, x.event_id", p);
  }

  private Commitment fate(Map<String, Object> c, List<Map<String, Object>> acts,
      List<Map<String, Object>> counter, LocalDate lastDay) {
    String cameo = (String) c.get("cameo");
    String kind = cameo.startsWith("13") ? "threat" : cameo.equals("0874") || cameo.equals("0356")
        ? "withdrawal" : "ceasefire";
    LocalDate day = DyadSeries.toDate(c.get("date"));
    LocalDate until = day.plusDays(windowDays);
    boolean over = lastDay != null && !lastDay.isBefore(until);
    String fate;
    if (kind.equals("threat")) {
      fate = !acts.isEmpty() ? "carried-out" : over ? "not-carried-out" : "too-early";
    } else {
      fate = !acts.isEmpty() ? "broken" : over ? "held" : "too-early";
    }
    String by = kind.equals("threat") || acts.isEmpty() ? null : sideCode(acts.get(0), "src");
    return new Commitment(kind, c, sideCode(c, "src"), sideCode(c, "tgt"), day, until, fate, by,
        strip(acts), strip(counter));
  }

  private static List<Map<String, Object>> strip(List<Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> m = new LinkedHashMap<>(row);
      m.remove("commitment_id");
      m.remove("by_maker");
      out.add(m);
    }
    return out;
  }

  /** The actor id of a side when named, else its country code; null when neither is known. */
  static String sideCode(Map<String, Object> row, String prefix) {
    Object actor = row.get(prefix + "_actor");
    if (actor != null) {
      return actor.toString();
    }
    Object country = row.get(prefix + "_country");
    return country == null ? null : country.toString();
  }
}
