package org.vigil.actors;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the actor files. Nullable components are absent facts. Immutable.
 *
 * @param id stable id (ISO alpha-3 for countries, IGO code for organisations, a slug otherwise)
 * @param kind what the entry describes
 * @param names aliases as written (the first is the display name)
 * @param demonyms adjectives and nouns of nationality (countries only)
 * @param country home country or IGO code, or null
 * @param sector sector code, or null
 * @param partOf id of an umbrella group, or null
 * @param backedBy ids or country codes of sponsors
 * @param roles dated roles (people only)
 * @param standalone true when a sector noun may resolve without a country ("police")
 * @param source file:line where the entry starts
 */
public record ActorEntry(
    String id,
    ActorKind kind,
    List<String> names,
    List<String> demonyms,
    String country,
    String sector,
    String partOf,
    List<String> backedBy,
    List<Role> roles,
    boolean standalone,
    String source) {
  public ActorEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    names = List.copyOf(names);
    demonyms = List.copyOf(demonyms);
    backedBy = List.copyOf(backedBy);
    roles = List.copyOf(roles);
  }

  /** The display name: the first alias, or the id. */
  public String displayName() {
    return names.isEmpty() ? id : names.get(0);
  }
}
