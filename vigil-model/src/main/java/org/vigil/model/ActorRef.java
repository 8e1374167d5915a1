package org.vigil.model;

/**
 * An actor as coded on an event: the words that named it and what they resolved to.
 *
 * @param text the mention text as it stands in the sentence (or its coreference antecedent)
 * @param country ISO 3166 alpha-3 or IGO code, or null when unknown
 * @param sector CAMEO-style sector code (GOV, MIL, REB, ...) or null
 * @param actor stable id of a named actor (e.g. "kataib-hezbollah") or null
 * @param nerType NER type of an unresolved named entity (PERSON, ORGANIZATION, ...) or null
 * @param basis short reason for the resolution (dictionary entry, role and date range), for provenance
 */
public record ActorRef(
    String text, String country, String sector, String actor, String nerType, String basis) {

  /** True when nothing about the actor is known beyond its text. */
  public boolean isUnresolved() {
    return country == null && sector == null && actor == null;
  }

  /** CAMEO/Phoenix-style concatenated code, e.g. "USAMIL"; "---" when no country is known. */
  public String cameoCode() {
    String c = country == null ? "---" : country;
    return sector == null ? c : c + sector;
  }
}
