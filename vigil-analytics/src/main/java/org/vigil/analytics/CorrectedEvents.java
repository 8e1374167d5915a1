package org.vigil.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.store.StoreReader;

/**
 * Puts the analysts' corrections into a reader's session: a TEMP table of the latest correction per event key and
 * a TEMP view {@code ev}, the current events with fixes applied and rejected events left out, plus the columns
 * {@code verdict} and {@code correction_id}. Every view of the desk queries {@code ev}. An event's key is its
 * article, sentence, original code and original sides, so a correction holds when the article is coded again
 * and the coder still says the same thing. Stateless.
 */
public final class CorrectedEvents {
  /** The name of the corrected view. */
  public static final String VIEW = "ev";

  private static final String TABLE = "CREATE OR REPLACE TEMP TABLE corr (article_id VARCHAR, sentence INTEGER,"
      + " key_cameo VARCHAR, key_src VARCHAR, key_tgt VARCHAR, correction_id BIGINT, verdict VARCHAR,"
      + " cameo VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, src_country VARCHAR,"
      + " src_sector VARCHAR, src_actor VARCHAR, tgt_country VARCHAR, tgt_sector VARCHAR, tgt_actor VARCHAR,"
      + " mode VARCHAR)";

  private static final String VIEW_SQL = "CREATE OR REPLACE TEMP VIEW ev AS SELECT e.* REPLACE ("
      + fix("cameo") + ", " + fix("root") + ", " + fix("quad_class") + ", " + fix("goldstein") + ", "
      + fix("plover") + ", " + fix("src_country") + ", " + fix("src_sector") + ", " + fix("src_actor") + ", "
      + fix("tgt_country") + ", " + fix("tgt_sector") + ", " + fix("tgt_actor") + ", " + fix("mode") + "),"
      + " c.verdict AS verdict, c.correction_id AS correction_id FROM events e LEFT JOIN corr c"
      + " ON e.article_id = c.article_id AND e.sentence = c.sentence AND e.cameo = c.key_cameo"
      + " AND " + sideKey("e.src") + " = c.key_src AND " + sideKey("e.tgt") + " = c.key_tgt"
      + " WHERE e.is_current AND c.verdict IS DISTINCT FROM 'REJECT'";

  private static final String PLAIN_VIEW_SQL = "CREATE OR REPLACE TEMP VIEW ev AS SELECT e.*,"
      + " CAST(NULL AS VARCHAR) AS verdict, CAST(NULL AS BIGINT) AS correction_id FROM events e WHERE e.is_current";

  private CorrectedEvents() {}

  private static String fix(String column) {
    return "CASE WHEN c.verdict = 'FIX' THEN c." + column + " ELSE e." + column + " END AS " + column;
  }

  /** The SQL for a side's key on an events row: country and sectors, then "/" and the actor id. */
  static String sideKey(String prefix) {
    return "coalesce(" + prefix + "_country, '---') || coalesce(" + prefix + "_sector, '') || '/' || coalesce("
        + prefix + "_actor, '')";
  }

  /** The same key in Java, for a side as the analyst saw it. */
  public static String sideKey(Correction.Side s) {
    return (s.country() == null ? "---" : s.country()) + (s.sector() == null ? "" : s.sector()) + "/"
        + (s.actor() == null ? "" : s.actor());
  }

  /**
   * (Re)creates the corrections table and the {@code ev} view in {@code reader}'s session; with no corrections the
   * view is the current events alone (no join to pay for on every query).
   */
  public static void install(StoreReader reader, List<Correction> corrections) {
    reader.execute(TABLE, List.of());
    for (Correction c : latestPerKey(corrections).values()) {
      reader.execute("INSERT INTO corr VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row(c));
    }
    reader.execute(corrections.isEmpty() ? PLAIN_VIEW_SQL : VIEW_SQL, List.of());
  }

  /** Installs the corrections logged in the store's folder (none when there is no log). */
  public static void install(StoreReader reader) {
    install(reader, CorrectionLog.open(reader.layout().dir()).all());
  }

  /** The last correction of each event key, in log order. */
  static Map<String, Correction> latestPerKey(List<Correction> corrections) {
    Map<String, Correction> latest = new LinkedHashMap<>();
    for (Correction c : corrections) {
      latest.put(String.join("\u0001", c.articleId(), Integer.toString(c.sentence()), c.before().cameo(),
          sideKey(c.before().source()), sideKey(c.before().target())), c);
    }
    return latest;
  }

  private static List<Object> row(Correction c) {
    Correction.Coding a = c.after() == null ? c.before() : c.after();
    List<Object> r = new ArrayList<>(List.of(c.articleId(), c.sentence(), c.before().cameo(),
        sideKey(c.before().source()), sideKey(c.before().target()), c.id(), c.verdict().name(), a.cameo(),
        a.cameo().substring(0, 2), a.quadClass(), a.goldstein()));
    r.add(a.plover());
    side(r, a.source());
    side(r, a.target());
    r.add(a.mode());
    return r;
  }

  private static void side(List<Object> r, Correction.Side s) {
    Correction.Side x = s == null ? Correction.Side.NONE : s;
    r.add(x.country());
    r.add(x.sector());
    r.add(x.actor());
  }
}
