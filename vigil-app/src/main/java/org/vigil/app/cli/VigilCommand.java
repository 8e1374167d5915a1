package org.vigil.app.cli;

import picocli.CommandLine.Command;

/** The root of Vigil's command line. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    version = "vigil 0.1.0",
    description = "Turns dated news articles into geopolitical event data (CAMEO / PLOVER).",
    subcommands = {
        CodeCommand.class,
        BenchCommand.class,
        EvalCommand.class,
        PlacesCommand.class,
        ActorsCommand.class,
        IngestCommand.class, EventsCommand.class, IncidentsCommand.class, ExportCommand.class, SearchCommand.class,
        DyadCommand.class, TrainCommand.class,
        org.vigil.app.desk.ServeCommand.class, org.vigil.app.desk.AlertsCommand.class,
        org.vigil.app.desk.CorrectionsCommand.class,
    })
public final class VigilCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
