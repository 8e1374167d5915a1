package org.vigil.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.store.StoreReader;

/**
 * Live precision of each coding pattern and each named coder rule from the analysts' verdicts: of the reviewed
 * events a pattern coded (or a rule shaped), the share confirmed as coded. A fix counts against the pattern (its code, sides or mode were wrong), as does a
 * rejection. Reads the original events (not the corrected view), since the verdicts judge what the coder did.
 * Stateless.
 */
public final class PatternPrecision {
  /** One pattern's or rule's tally; {@code kind} is "pattern" or "rule". */
  public record Row(String kind, String pattern, int reviewed, int confirmed, int fixed, int rejected,
      double precision) {}

  private PatternPrecision() {}

  /** One row per pattern and per rule with at least one verdict, patterns first, most reviewed first. */
  public static List<Row> of(StoreReader r, List<Correction> corrections) {
    Map<String, int[]> tally = new TreeMap<>();
    for (Correction c : CorrectedEvents.latestPerKey(corrections).values()) {
      List<Map<String, Object>> ev = r.query("SELECT * FROM events WHERE is_current AND article_id = ?"
          + " AND sentence = ? AND cameo = ? AND " + CorrectedEvents.sideKey("src") + " = ? AND "
          + CorrectedEvents.sideKey("tgt") + " = ? LIMIT 1", List.of(c.articleId(), c.sentence(),
          c.before().cameo(), CorrectedEvents.sideKey(c.before().source()),
          CorrectedEvents.sideKey(c.before().target())));
      Map<String, Object> e = ev.isEmpty() ? Map.of() : ev.get(0);
      String pattern = e.get("pattern") == null ? "(none)" : e.get("pattern").toString();
      tally.computeIfAbsent("pattern\u0001" + pattern, k -> new int[3])[c.verdict().ordinal()]++;
      // stores written before the coder named its rules have no rules column: their events count by pattern only
      String rules = e.get("rules") == null ? "" : e.get("rules").toString().trim();
      for (String rule : rules.isEmpty() ? new String[0] : rules.split("\\s+")) {
        tally.computeIfAbsent("rule\u0001" + rule, k -> new int[3])[c.verdict().ordinal()]++;
      }
    }
    List<Row> out = new ArrayList<>();
    tally.forEach((key, t) -> {
      String[] k = key.split("\u0001");
      int n = t[0] + t[1] + t[2];
      out.add(new Row(k[0], k[1], n, t[0], t[2], t[1], (double) t[0] / n));
    });
    out.sort(Comparator.comparing(Row::kind).thenComparing(Comparator.comparingInt(Row::reviewed).reversed())
        .thenComparing(Row::pattern));
    return out;
  }
}
