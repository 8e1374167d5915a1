package org.vigil.app;

import org.vigil.app.cli.VigilCommand;
import picocli.CommandLine;

/** Entry point of the {@code vigil} command. */
public final class Main {
  /** Exit code for a failure that is not the input's fault: bad dictionary or config, IO, a bug. */
  static final int EXIT_FAILURE = 3;

  private Main() {}

  public static void main(String[] args) {
    int code = new CommandLine(new VigilCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::report)
        .execute(args);
    System.exit(code);
  }

  /**
   * Prints a failure as one clear line (a bad dictionary names its file:line in the message); the stack trace
   * only when VIGIL_DEBUG is set.
   */
  private static int report(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    Throwable t = e;
    StringBuilder msg = new StringBuilder("vigil: ").append(t.getMessage() == null ? t.toString() : t.getMessage());
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      msg.append("\n  caused by: ").append(t.getMessage() == null ? t.toString() : t.getMessage());
    }
    cmd.getErr().println(msg);
    if (System.getenv("VIGIL_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("  (set VIGIL_DEBUG=1 for the stack trace)");
    }
    return EXIT_FAILURE;
  }
}
