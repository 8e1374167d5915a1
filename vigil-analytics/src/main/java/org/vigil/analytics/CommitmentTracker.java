package org.vigil.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.store.StoreReader;

/**
 * Follows every declared ceasefire, cessation, truce, withdrawal pledge and threat in the store through the
 * material events of the same dyad in the {@code windowDays} after it. A side is matched by its actor id when
 * the event names one, else by its country, and widened by the sponsor roll-up: a group's members act for it.
 * The store's last event date says whether a window has run out ("too-early" before that). Stateless.
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
    String sql = "SELECT * FROM " + CorrectedEvents.VIEW + " WHERE (" + YIELD + " OR " + THREAT + ")"
        + " AND mode = 'asserted' AND (src_actor IS NOT NULL OR src_country IS NOT NULL)"
        + DyadSeries.dateRange(from, to, params) + " ORDER BY date, event_id";
    List<Commitment> out = new ArrayList<>();
    for (Map<String, Object> c : r.query(sql, params)) {
      out.add(fate(r, c, lastDay));
    }
    return out;
  }

  private Commitment fate(StoreReader r, Map<String, Object> c, LocalDate lastDay) {
    String cameo = (String) c.get("cameo");
    String kind = cameo.startsWith("13") ? "threat" : cameo.equals("0874") || cameo.equals("0356")
        ? "withdrawal" : "ceasefire";
    String maker = sideCode(c, "src");
    String counterpart = sideCode(c, "tgt");
    LocalDate day = DyadSeries.toDate(c.get("date"));
    LocalDate until = day.plusDays(windowDays);
    List<Map<String, Object>> acts = materialActs(r, maker, counterpart, day, until);
    List<Map<String, Object>> counter = counterpart == null ? List.of()
        : materialActs(r, counterpart, maker, day, until);
    boolean over = lastDay != null && !lastDay.isBefore(until);
    String fate;
    if (kind.equals("threat")) {
      fate = !acts.isEmpty() ? "carried-out" : over ? "not-carried-out" : "too-early";
    } else {
      fate = !acts.isEmpty() ? "broken" : over ? "held" : "too-early";
    }
    String by = kind.equals("threat") || acts.isEmpty() ? null : sideCode(acts.get(0), "src");
    return new Commitment(kind, c, maker, counterpart, day, until, fate, by, acts, counter);
  }

  /** Asserted material conflict from {@code actor} against {@code against} (anyone when null) in (day, until]. */
  private List<Map<String, Object>> materialActs(StoreReader r, String actor, String against, LocalDate day,
      LocalDate until) {
    List<Object> params = new ArrayList<>();
    String who = side(actor).predicate("src", params);
    String whom = against == null ? "TRUE" : side(against).predicate("tgt", params);
    params.add(java.sql.Date.valueOf(day));
    params.add(java.sql.Date.valueOf(until));
    return r.query("SELECT * FROM " + CorrectedEvents.VIEW + " WHERE quad_class = 4 AND mode = 'asserted' AND "
        + who + " AND " + whom + " AND date > ? AND date <= ? ORDER BY date, event_id", params);
  }

  private DyadSide side(String code) {
    return DyadSide.of(code, DyadSide.RollUp.SPONSOR, hierarchy);
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
