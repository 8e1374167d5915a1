package org.vigil.places;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.places.gazetteer.Direction;

/**
 * A place named in one sentence: tokens {@code [start, end)} with syntactic head {@code head}.
 *
 * @param sentence sentence index in the article
 * @param start first token
 * @param end token after the last
 * @param head head token of the phrase (the border noun for "the Jordan-Syria border")
 * @param kind a plain name, a border between countries, a part of a place ("northern Iraq"), or a named sea,
 *     gulf, strait or other water body
 * @param names the place name(s) as written: one, or the two countries of a border
 * @param direction the part named for {@link Kind#PART}
 * @param regionWord true when a generic region word follows the name ("Anbar province")
 * @param qualifier a following ", Texas"-style qualifier name, or for a water body the coast it lies off
 *     ("off the coast of Yemen"), or empty
 * @param weak true for a proper noun the NER did not tag as a location, found in a place position ("in",
 *     "near", "the city of", ...); it counts only when it resolves into a country the article already names
 */
public record PlaceMention(
    int sentence, int start, int end, int head, Kind kind, List<String> names, Direction direction,
    boolean regionWord, String qualifier, boolean weak) {
  /** What the phrase denotes. */
  public enum Kind { NAME, BORDER, PART, WATER }

  public PlaceMention {
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    qualifier = qualifier == null ? "" : qualifier;
    if (start < 0 || end <= start || names.isEmpty()) {
      throw new IllegalArgumentException("bad place mention [" + start + ", " + end + ") " + names);
    }
  }

  public Optional<Direction> part() {
    return Optional.ofNullable(direction);
  }
}
