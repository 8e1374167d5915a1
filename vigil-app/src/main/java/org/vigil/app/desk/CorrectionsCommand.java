package org.vigil.app.desk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.analytics.CorrectedEvents;
import org.vigil.analytics.Correction;
import org.vigil.analytics.CorrectionLog;
import org.vigil.analytics.GoldExport;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil corrections list|export}: the analysts' corrections, and as gold lines for {@code vigil eval}. */
@Command(name = "corrections", mixinStandardHelpOptions = true,
    description = "Analysts' corrections made in the dashboard: list them, or export them as gold lines.",
    subcommands = {CorrectionsCommand.List.class, CorrectionsCommand.Export.class})
public final class CorrectionsCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code vigil corrections list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Every correction, oldest first.")
  static final class List implements Callable<Integer> {
    @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() {
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      java.util.List<Correction> all = CorrectionLog.open(store).all();
      for (Correction c : all) {
        out.printf(Locale.ROOT, "%d  %s  %-10s %-7s %s  %s -> %s  %s%n", c.id(), c.at(), c.analyst(),
            c.verdict().label(), c.eventId(), c.before().cameo(), c.after() == null ? "-" : c.after().cameo(),
            c.note());
      }
      out.println(all.size() + " corrections");
      out.flush();
      return 0;
    }
  }

  /** {@code vigil corrections export}: gold lines ({"id","date","text","expected":[...]}) per corrected sentence. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the corrected sentences as gold lines that 'vigil eval' reads.")
  static final class Export implements Callable<Integer> {
    @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = {"-o", "--output"}, description = "Gold file to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
      try (StoreReader r = StoreReader.open(new StoreLayout(store))) {
        java.util.List<Correction> all = CorrectionLog.open(store).all();
        CorrectedEvents.install(r, all);
        java.util.List<String> lines = GoldExport.lines(r, all);
        if (output == null) {
          PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
          lines.forEach(out::println);
          out.flush();
        } else {
          Files.write(output, lines, StandardCharsets.UTF_8);
          System.err.println("vigil: " + lines.size() + " gold lines to " + output);
        }
      } catch (StoreException e) {
        System.err.println("vigil: " + e.getMessage());
        return 2;
      }
      return 0;
    }
  }
}
