package org.vigil.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.store.EventFilter;
import picocli.CommandLine.Option;

/** The event filter options shared by {@code vigil events} and {@code vigil export}. */
final class EventFilterOptions {
  @Option(names = "--from", description = "First event date (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Last event date (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--actor", description = "Named-actor id or words of an actor's name, either side.")
  String actor;

  @Option(names = "--country", description = "Country code (ISO alpha-3), either side.")
  String country;

  @Option(names = "--dyad", split = ",", paramLabel = "SRC,TGT",
      description = "Source and target, each a country code or actor id, e.g. --dyad IRQ,USA.")
  List<String> dyad;

  @Option(names = "--code", description = "CAMEO code or root prefix, e.g. 19 or 0871.")
  String code;

  @Option(names = "--plover", description = "PLOVER event type, e.g. ASSAULT.")
  String plover;

  @Option(names = "--mode", split = ",",
      description = "Modes to include (asserted, negated, hypothetical, future, historical, reported, or all);"
          + " default asserted.")
  List<String> modes;

  @Option(names = "--place", description = "Words of the place name, or its country code.")
  String place;

  @Option(names = "--text", description = "Words the sentence contains.")
  String text;

  @Option(names = "--limit", defaultValue = "0", description = "Most events (0 = all).")
  int limit;

  EventFilter filter() {
    Set<String> m = null;
    if (modes != null) {
      m = new LinkedHashSet<>();
      for (String s : modes) {
        if (!s.equalsIgnoreCase("all")) {
          m.add(org.vigil.model.Mode.parse(s).label());
        }
      }
      if (modes.stream().anyMatch(s -> s.equalsIgnoreCase("all"))) {
        m = Set.of();
      }
    }
    return new EventFilter(from, to, actor, country, dyad, code, plover, m, place, text, limit);
  }
}
