package org.vigil.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.store.StoreReader;

/**
 * Live precision of each coding pattern from the analysts' verdicts: of the reviewed events a pattern coded, the
 * share confirmed as coded. A fix counts against the pattern (its code, sides or mode were wrong), as does a
 * rejection. Reads the original events (not the corrected view), since the verdicts judge what the coder did.
 * Stateless.
 */
public final class PatternPrecision {
  /** One pattern's tally. */
  public record Row(String pattern, int reviewed, int confirmed, int fixed, int rejected, double precision) {}

  private PatternPrecision() {}

  /** One row per pattern with at least one verdict, most reviewed first. */
  public static List<Row> of(StoreReader r, List<Correction> corrections) {
    Map<String, int[]> tally = new TreeMap<>();
    for (Correction c : CorrectedEvents.latestPerKey(corrections).values()) {
      List<Map<String, Object>> ev = r.query("SELECT pattern FROM events WHERE is_current AND article_id = ?"
          + " AND sentence = ? AND cameo = ? AND " + CorrectedEvents.sideKey("src") + " = ? AND "
          + CorrectedEvents.sideKey("tgt") + " = ? LIMIT 1", List.of(c.articleId(), c.sentence(),
          c.before().cameo(), CorrectedEvents.sideKey(c.before().source()),
          CorrectedEvents.sideKey(c.before().target())));
      String pattern = ev.isEmpty() || ev.get(0).get("pattern") == null ? "(none)"
          : ev.get(0).get("pattern").toString();
      int[] t = tally.computeIfAbsent(pattern, k -> new int[3]);
      t[c.verdict().ordinal()]++;
    }
    List<Row> out = new ArrayList<>();
    tally.forEach((p, t) -> {
      int n = t[0] + t[1] + t[2];
      out.add(new Row(p, n, t[0], t[2], t[1], (double) t[0] / n));
    });
    out.sort(Comparator.comparingInt(Row::reviewed).reversed().thenComparing(Row::pattern));
    return out;
  }
}
