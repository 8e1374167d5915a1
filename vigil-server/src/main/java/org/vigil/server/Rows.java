package org.vigil.server;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Store rows made ready for JSON: dates and times as ISO strings, everything else as it is. Stateless. */
final class Rows {
  private Rows() {}

  static Map<String, Object> clean(Map<String, Object> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    row.forEach((k, v) -> out.put(k, value(v)));
    return out;
  }

  static List<Map<String, Object>> clean(List<Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Map<String, Object> r : rows) {
      out.add(clean(r));
    }
    return out;
  }

  private static Object value(Object v) {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof TemporalAccessor t) {
      return t.toString();
    }
    return v;
  }
}
