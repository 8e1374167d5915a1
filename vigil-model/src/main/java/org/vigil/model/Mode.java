package org.vigil.model;

import java.util.Locale;

/** How the text presents an event. Only {@link #ASSERTED} events count in aggregates by default. */
public enum Mode {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  FUTURE,
  HISTORICAL,
  REPORTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Mode parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
