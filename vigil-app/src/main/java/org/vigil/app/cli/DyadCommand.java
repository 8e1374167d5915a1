package org.vigil.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil dyad A B}: one pair of actors over time: asserted events per week by QuadClass with mean Goldstein
 * (a drop of 2 or more from the previous active week is marked escalation, a rise de-escalation), and whether
 * each declared ceasefire between them held.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true,
    description = "Weekly event counts by QuadClass and mean Goldstein between A and B (country codes or actor"
        + " ids, both directions), and material conflict after each declared ceasefire.")
public final class DyadCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A") String a;
  @Parameters(index = "1", paramLabel = "B") String b;

  @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--rollup", defaultValue = "country",
      description = "country (default): a country counts its own actors; sponsor: also the groups it backs"
          + " (from the actor files' backed-by and part-of links).")
  DyadSides.RollUp rollUp;

  @Option(names = "--actors", description = "Folder of your own actor files (for --rollup sponsor).")
  List<Path> actorDirs = new java.util.ArrayList<>();

  @Option(names = "--window", defaultValue = "30", description = "Days after a ceasefire to watch (default ${DEFAULT-VALUE}).")
  int window;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    String pair = DyadSides.pairPredicate(DyadSides.side(a, rollUp, actorDirs), DyadSides.side(b, rollUp, actorDirs));
    try (StoreReader r = StoreReader.open(new StoreLayout(store))) {
      weeks(r, pair, out);
      ceasefires(r, pair, out);
    } catch (StoreException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    out.flush();
    return 0;
  }

  /** One line per week from the first to the last event, empty weeks included, with a trend mark. */
  private static void weeks(StoreReader r, String pair, PrintStream out) {
    List<Map<String, Object>> rows = r.query("WITH e AS (SELECT * FROM events WHERE " + pair + "),"
        + " w AS (SELECT CAST(range AS DATE) AS week FROM range((SELECT date_trunc('week', min(date)) FROM e),"
        + " (SELECT max(date) FROM e) + INTERVAL 1 DAY, INTERVAL 7 DAY))"
        + " SELECT w.week, count(e.event_id) FILTER (WHERE quad_class = 1) q1,"
        + " count(e.event_id) FILTER (WHERE quad_class = 2) q2, count(e.event_id) FILTER (WHERE quad_class = 3) q3,"
        + " count(e.event_id) FILTER (WHERE quad_class = 4) q4, avg(goldstein) g FROM w"
        + " LEFT JOIN e ON date_trunc('week', e.date) = w.week GROUP BY w.week ORDER BY w.week", List.of());
    out.printf("%-10s  %4s  %4s  %4s  %4s  %9s  %s%n", "week", "q1", "q2", "q3", "q4", "goldstein", "trend");
    Double previous = null;
    for (Map<String, Object> w : rows) {
      Double g = w.get("g") == null ? null : ((Number) w.get("g")).doubleValue();
      String trend = "";
      if (g != null && previous != null && g - previous <= -2) {
        trend = "escalation";
      } else if (g != null && previous != null && g - previous >= 2) {
        trend = "de-escalation";
      }
      out.printf("%-10s  %4s  %4s  %4s  %4s  %9s  %s%n", w.get("week").toString().substring(0, 10), w.get("q1"),
          w.get("q2"), w.get("q3"), w.get("q4"), g == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f", g),
          trend);
      previous = g == null ? previous : g;
    }
  }

  private void ceasefires(StoreReader r, String pair, PrintStream out) {
    List<Map<String, Object>> rows = r.query("SELECT c.date, c.src_text, c.cameo, count(x.event_id) AS broken,"
        + " min(x.date) AS first_break FROM (SELECT * FROM events WHERE cameo LIKE '087%' AND " + pair + ") c"
        + " LEFT JOIN (SELECT * FROM events WHERE quad_class = 4 AND " + pair + ") x"
        + " ON x.date > c.date AND x.date <= c.date + CAST(? AS INTEGER)"
        + " GROUP BY c.date, c.src_text, c.cameo, c.event_id ORDER BY c.date", List.of(window));
    out.println(rows.isEmpty() ? "no declared ceasefire between " + a + " and " + b : "ceasefires:");
    for (Map<String, Object> c : rows) {
      long n = ((Number) c.get("broken")).longValue();
      out.printf("  %s %s (%s): %s%n", c.get("date"), c.get("src_text"), c.get("cameo"), n == 0
          ? "held (no material conflict within " + window + " days)"
          : "broken: " + n + " material-conflict events, first on " + c.get("first_break"));
    }
  }
}
