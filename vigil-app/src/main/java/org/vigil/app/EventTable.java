package org.vigil.app;

import java.io.PrintStream;
import java.util.List;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;

/** Prints events as a readable fixed-width table, one row per event. Stateless. */
public final class EventTable {
  private static final String FORMAT = "%-4s %-10s %-26s %-26s %-5s %-6s %-13s %-12s %-5s %-24s %s%n";

  private EventTable() {}

  public static void print(List<Event> events, PrintStream out) {
    out.printf(FORMAT, "sent", "date", "source", "target", "cameo", "gold", "plover", "mode", "dead",
        "location", "text");
    for (Event e : events) {
      out.printf(FORMAT, e.sentence(), e.date(), actor(e.source()), actor(e.target()), e.code().code(),
          e.code().goldstein(), e.code().plover(), e.mode().label(),
          e.fatalities() == null ? "" : e.fatalities(),
          e.location() == null ? "" : cut(e.location().name() + " " + e.location().country(), 24),
          cut(e.text(), 70));
    }
  }

  private static String actor(ActorRef a) {
    if (a == null) {
      return "-";
    }
    String name = a.actor() != null ? a.actor() : a.text();
    return cut(a.cameoCode() + " " + (name == null ? "" : name), 26);
  }

  private static String cut(String s, int n) {
    String flat = s.replace('\n', ' ');
    return flat.length() <= n ? flat : flat.substring(0, n - 1) + "…";
  }
}
