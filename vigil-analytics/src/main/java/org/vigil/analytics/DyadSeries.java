package org.vigil.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.store.StoreReader;

/**
 * Events between two sides per day, week or month: counts by QuadClass, the Goldstein sum and mean, empty
 * periods included between the first and last event. Reads the corrected view, asserted events only. Stateless.
 */
public final class DyadSeries {
  /** The length of one period. */
  public enum Interval { DAY, WEEK, MONTH }

  /** One period: its first day, events per QuadClass (index 0 = QuadClass 1), Goldstein sum and mean. */
  public record Bucket(LocalDate period, int[] quad, int events, double goldsteinSum, Double goldsteinMean) {}

  private DyadSeries() {}

  /** The series between {@code a} and {@code b} (either direction), optionally limited to [from, to]. */
  public static List<Bucket> of(StoreReader r, DyadSide a, DyadSide b, Interval interval, LocalDate from,
      LocalDate to) {
    List<Object> params = new ArrayList<>();
    String unit = interval.name().toLowerCase(Locale.ROOT);
    String where = DyadSide.pair(a, b, params) + " AND mode = 'asserted'" + dateRange(from, to, params);
    String sql = "WITH e AS (SELECT * FROM " + CorrectedEvents.VIEW + " WHERE " + where + "),"
        + " p AS (SELECT CAST(range AS DATE) AS period FROM range((SELECT date_trunc('" + unit + "', min(date))"
        + " FROM e), (SELECT max(date) FROM e) + INTERVAL 1 DAY, INTERVAL 1 " + unit + "))"
        + " SELECT p.period, count(e.event_id) FILTER (WHERE quad_class = 1) q1,"
        + " count(e.event_id) FILTER (WHERE quad_class = 2) q2, count(e.event_id) FILTER (WHERE quad_class = 3) q3,"
        + " count(e.event_id) FILTER (WHERE quad_class = 4) q4, count(e.event_id) n,"
        + " coalesce(sum(goldstein), 0) gsum, avg(goldstein) gmean FROM p"
        + " LEFT JOIN e ON date_trunc('" + unit + "', e.date) = p.period GROUP BY p.period ORDER BY p.period";
    List<Bucket> out = new ArrayList<>();
    for (Map<String, Object> row : r.query(sql, params)) {
      out.add(new Bucket(toDate(row.get("period")), new int[] {num(row, "q1"), num(row, "q2"), num(row, "q3"),
          num(row, "q4")}, num(row, "n"), ((Number) row.get("gsum")).doubleValue(),
          row.get("gmean") == null ? null : ((Number) row.get("gmean")).doubleValue()));
    }
    return out;
  }

  static String dateRange(LocalDate from, LocalDate to, List<Object> params) {
    StringBuilder s = new StringBuilder();
    if (from != null) {
      s.append(" AND date >= ?");
      params.add(java.sql.Date.valueOf(from));
    }
    if (to != null) {
      s.append(" AND date <= ?");
      params.add(java.sql.Date.valueOf(to));
    }
    return s.toString();
  }

  static int num(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v == null ? 0 : ((Number) v).intValue();
  }

  static LocalDate toDate(Object v) {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(v.toString().substring(0, 10));
  }
}
