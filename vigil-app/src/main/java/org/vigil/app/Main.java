package org.vigil.app;

import org.vigil.app.cli.VigilCommand;
import picocli.CommandLine;

/** Entry point of the {@code vigil} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = new CommandLine(new VigilCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args);
    System.exit(code);
  }
}
