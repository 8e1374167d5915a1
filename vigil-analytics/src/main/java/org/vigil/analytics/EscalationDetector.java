package org.vigil.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.store.StoreReader;

/**
 * Escalation alerts: for each active dyad (two sides, each its actor id or else its country, either direction)
 * the weekly Goldstein sums of its asserted events from its first week to the store's last, tested for one
 * shift in the mean ({@link ChangePoint}); a shift whose statistic passes the threshold and whose new segment
 * reaches the last weeks is an alert, citing the events that moved it most. Stateless.
 */
public final class EscalationDetector {
  private static final String SIDE_A = "coalesce(src_actor, src_country)";
  private static final String SIDE_B = "coalesce(tgt_actor, tgt_country)";
  private final double threshold;
  private final int minEvents;

  /** Alerts for dyads with at least {@code minEvents} events whose shift statistic reaches {@code threshold}. */
  public EscalationDetector(double threshold, int minEvents) {
    if (threshold <= 0 || minEvents < 2) {
      throw new IllegalArgumentException("threshold must be > 0 and minEvents >= 2");
    }
    this.threshold = threshold;
    this.minEvents = minEvents;
  }

  /** Alerts over the whole store, strongest first; escalations only unless {@code bothWays}. */
  public List<EscalationAlert> detect(StoreReader r, boolean bothWays) {
    Object last = r.query("SELECT max(date) AS d FROM " + CorrectedEvents.VIEW, List.of()).get(0).get("d");
    if (last == null) {
      return List.of();
    }
    LocalDate lastWeek = DyadSeries.toDate(r.query("SELECT CAST(date_trunc('week', CAST(? AS DATE)) AS DATE) w",
        List.of(java.sql.Date.valueOf(DyadSeries.toDate(last)))).get(0).get("w"));
    Map<String, Map<LocalDate, Double>> series = weeklySums(r);
    List<EscalationAlert> out = new ArrayList<>();
    for (Map.Entry<String, Map<LocalDate, Double>> d : series.entrySet()) {
      LocalDate first = d.getValue().keySet().iterator().next();
      List<LocalDate> weeks = new ArrayList<>();
      for (LocalDate w = first; !w.isAfter(lastWeek); w = w.plusWeeks(1)) {
        weeks.add(w);
      }
      double[] x = weeks.stream().mapToDouble(w -> d.getValue().getOrDefault(w, 0.0)).toArray();
      ChangePoint.best(x, 1).filter(s -> s.statistic() >= threshold)
          .filter(s -> bothWays || s.meanAfter() < s.meanBefore())
          .ifPresent(s -> out.add(alert(r, d.getKey(), weeks, x, s)));
    }
    out.sort(Comparator.comparingDouble(EscalationAlert::statistic).reversed());
    return out;
  }

  /** Dyad key "a\u0001b" (sorted) to week to Goldstein sum, for dyads with enough events. */
  private Map<String, Map<LocalDate, Double>> weeklySums(StoreReader r) {
    String a = "least(" + SIDE_A + ", " + SIDE_B + ")";
    String b = "greatest(" + SIDE_A + ", " + SIDE_B + ")";
    List<Map<String, Object>> rows = r.query("WITH e AS (SELECT " + a + " AS a, " + b + " AS b, date, goldstein"
        + " FROM " + CorrectedEvents.VIEW + " WHERE mode = 'asserted' AND " + SIDE_A + " IS NOT NULL AND "
        + SIDE_B + " IS NOT NULL AND " + SIDE_A + " <> " + SIDE_B + "),"
        + " active AS (SELECT a, b FROM e GROUP BY a, b HAVING count(*) >= ?)"
        + " SELECT e.a, e.b, CAST(date_trunc('week', date) AS DATE) AS week, sum(goldstein) AS g"
        + " FROM e JOIN active USING (a, b) GROUP BY e.a, e.b, week ORDER BY e.a, e.b, week", List.of(minEvents));
    Map<String, Map<LocalDate, Double>> out = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      out.computeIfAbsent(row.get("a") + "\u0001" + row.get("b"), k -> new LinkedHashMap<>())
          .put(DyadSeries.toDate(row.get("week")), ((Number) row.get("g")).doubleValue());
    }
    return out;
  }

  private static EscalationAlert alert(StoreReader r, String key, List<LocalDate> weeks, double[] x,
      ChangePoint.Split s) {
    String[] sides = key.split("\u0001");
    boolean escalation = s.meanAfter() < s.meanBefore();
    LocalDate start = weeks.get(s.at());
    List<Object> params = new ArrayList<>(List.of(sides[0], sides[1], sides[1], sides[0],
        java.sql.Date.valueOf(start)));
    List<Map<String, Object>> cited = r.query("SELECT * FROM " + CorrectedEvents.VIEW
        + " WHERE mode = 'asserted' AND ((" + SIDE_A + " = ? AND " + SIDE_B + " = ?) OR (" + SIDE_A + " = ? AND "
        + SIDE_B + " = ?)) AND date >= ? ORDER BY goldstein " + (escalation ? "ASC" : "DESC")
        + ", date, event_id LIMIT 3", params);
    List<Double> sums = new ArrayList<>();
    for (double v : x) {
      sums.add(v);
    }
    return new EscalationAlert(sides[0], sides[1], escalation ? "escalation" : "de-escalation",
        weeks.get(0), start,
        s.meanBefore(), s.meanAfter(), s.statistic(), sums, cited);
  }
}
