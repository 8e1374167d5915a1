package org.vigil.app.cli;

import picocli.CommandLine.Command;

/** {@code vigil bench ...}: benchmarks of single stages and of the whole pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: speed and memory of stages.",
    subcommands = {
        BenchAnnotateCommand.class,
        BenchCodingCommand.class,
        org.vigil.app.bench.BenchIngestCommand.class,
        org.vigil.app.bench.BenchServeCommand.class,
        org.vigil.app.bench.BenchPipelineCommand.class,
        BenchClassifierCommand.class,
    })
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
