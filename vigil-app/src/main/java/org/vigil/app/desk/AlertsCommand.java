package org.vigil.app.desk;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.analytics.CorrectedEvents;
import org.vigil.analytics.EscalationAlert;
import org.vigil.analytics.EscalationDetector;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil alerts}: escalation alerts, a change point in each active dyad's weekly Goldstein sums. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "Escalation alerts: dyads whose weekly Goldstein sum shifted (one change point per dyad),"
        + " each citing the sentences that moved it most. Corrections are applied.")
public final class AlertsCommand implements Callable<Integer> {
  @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--threshold", defaultValue = "2.5",
      description = "Least shift statistic to report (default ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--min-events", defaultValue = "3", description = "Fewest events of a dyad (default ${DEFAULT-VALUE}).")
  int minEvents;

  @Option(names = "--both", description = "Also report de-escalations.")
  boolean both;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (StoreReader r = StoreReader.open(new StoreLayout(store))) {
      CorrectedEvents.install(r);
      var alerts = new EscalationDetector(threshold, minEvents).detect(r, both);
      for (EscalationAlert a : alerts) {
        out.printf(Locale.ROOT, "%s  %s - %s  from week %s: weekly Goldstein %.1f -> %.1f (statistic %.2f)%n",
            a.direction(), a.sideA(), a.sideB(), a.changeWeek(), a.meanBefore(), a.meanAfter(), a.statistic());
        for (Map<String, Object> e : a.cited()) {
          out.printf(Locale.ROOT, "    %s %s %s: %s%n", e.get("date"), e.get("cameo"), e.get("event_id"),
              e.get("text"));
        }
      }
      out.println(alerts.size() + " alerts");
    } catch (StoreException e) {
      System.err.println("vigil: " + e.getMessage());
      return 2;
    }
    out.flush();
    return 0;
  }
}
