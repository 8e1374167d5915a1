package org.vigil.places.gazetteer;

import java.util.Locale;
import java.util.Optional;

/** A part of a country named by a direction word ("northern Iraq", "south-east Turkey", "central Mali"). */
public enum Direction {
  NORTH, SOUTH, EAST, WEST, NORTHEAST, NORTHWEST, SOUTHEAST, SOUTHWEST, CENTRE;

  /** The direction a word names ("northern", "north-eastern", "Northeast", "central"), if any. */
  public static Optional<Direction> parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    if (w.equals("central") || w.equals("centre") || w.equals("center")) {
      return Optional.of(CENTRE);
    }
    w = w.endsWith("ern") ? w.substring(0, w.length() - 3) : w;
    for (Direction d : values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The adjective used in place names, e.g. "northern". */
  public String adjective() {
    return this == CENTRE ? "central" : name().toLowerCase(Locale.ROOT) + "ern";
  }

  boolean contains(double lat, double lon, double[] latCuts, double[] lonCuts) {
    boolean n = lat >= latCuts[2];
    boolean s = lat <= latCuts[0];
    boolean e = lon >= lonCuts[2];
    boolean w = lon <= lonCuts[0];
    boolean upper = lat >= latCuts[1];
    boolean right = lon >= lonCuts[1];
    return switch (this) {
      case NORTH -> n;
      case SOUTH -> s;
      case EAST -> e;
      case WEST -> w;
      case NORTHEAST -> upper && right && (n || e);
      case NORTHWEST -> upper && !right && (n || w);
      case SOUTHEAST -> !upper && right && (s || e);
      case SOUTHWEST -> !upper && !right && (s || w);
      case CENTRE -> !n && !s && !e && !w;
    };
  }
}
