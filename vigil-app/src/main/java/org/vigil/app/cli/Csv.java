package org.vigil.app.cli;

import java.util.Collection;
import java.util.stream.Collectors;

/** RFC 4180 CSV lines. Stateless. */
final class Csv {
  private Csv() {}

  static String line(Collection<?> values) {
    return values.stream().map(Csv::field).collect(Collectors.joining(","));
  }

  static String field(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
