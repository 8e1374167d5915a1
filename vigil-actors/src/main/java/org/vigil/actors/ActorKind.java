package org.vigil.actors;

/** What an entry of the actor files describes; it decides how a mention of it resolves. */
public enum ActorKind {
  /** A sovereign state or territory, keyed by ISO 3166 alpha-3. */
  COUNTRY,
  /** An intergovernmental or international organisation, keyed by its CAMEO-style code. */
  IGO,
  /** A plural or collective noun that gives a sector ("troops", "police", "government"). */
  SECTOR,
  /** A title of one person that gives a sector ("prime minister"); never resolves alone. */
  TITLE,
  /** A named non-state actor: armed group, militia, party, movement, company, NGO. */
  GROUP,
  /** A person with dated roles. */
  PERSON,
  /** A place or building used for an institution ("the Pentagon", "Washington"). */
  METONYM,
  /**
   * A place whose name contains a country word but names no actor ("South China Sea", "Indian Ocean"): it
   * takes the words so that the country inside is not read.
   */
  PLACE;

  /** The kind an unmarked entry gets under a {@code [section]} header, or empty if unknown. */
  static java.util.Optional<ActorKind> ofSection(String section) {
    switch (section) {
      case "countries": return java.util.Optional.of(COUNTRY);
      case "igos": return java.util.Optional.of(IGO);
      case "sectors": return java.util.Optional.of(SECTOR);
      case "titles": return java.util.Optional.of(TITLE);
      case "groups": return java.util.Optional.of(GROUP);
      case "people": return java.util.Optional.of(PERSON);
      case "metonyms": return java.util.Optional.of(METONYM);
      case "places": return java.util.Optional.of(PLACE);
      default: return java.util.Optional.empty();
    }
  }

  /** True for kinds named by proper nouns, which must be capitalised somewhere in the text. */
  boolean isProper() {
    return this != SECTOR && this != TITLE;
  }
}
