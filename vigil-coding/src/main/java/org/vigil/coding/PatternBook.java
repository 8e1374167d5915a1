package org.vigil.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded pattern dictionary: frames by trigger lemma, support (light) verbs, wrapper verbs that shift the code
 * of an embedded event, reporting verbs, and the code shifts themselves. Immutable and thread-safe.
 *
 * @param verbs verb frames by lemma, most specific first
 * @param nouns event-noun frames by lemma, most specific first
 * @param support light verbs whose object event noun carries the event ("launch an attack")
 * @param agents nouns that name someone who can act even when the resolver cannot place them ("gunmen")
 * @param instruments nouns naming a means of attack ("missile", "bomb") with their kind: as the "by" agent of a
 *     passive act they name no actor, but the act happened; its doer is the means' owner ("an Israeli missile") or
 *     unknown, and its code takes the shift of that kind ("blown up by a missile" is an air strike, not a bombing)
 * @param documents nouns naming a text that speaks for its author ("a report released in Kigali alleged"): as a
 *     subject they stand for the author named with them (possessor, adjective, "by" agent, place of release)
 * @param organs state organ nouns by lemma with their sector ("court" JUD): an unplaced subject named by one keeps
 *     its sector, so its country can come from the context later
 * @param wrappers control verbs by lemma with their shift kind (intent, threat, appeal, demand, reject, future,
 *     negate, hedge)
 * @param reporters reporting verbs by lemma with "say" or "accuse" (asserting that someone did it)
 * @param shifts per shift kind, code prefix to shifted code ("*" is the default)
 * @param triggers every lemma that can start or carry an event, for the cheap pre-filter
 * @param words the named word lists and code tables the rules read
 * @param version content hash of the files
 */
record PatternBook(
    Map<String, List<Pattern>> verbs,
    Map<String, List<Pattern>> nouns,
    Set<String> support,
    Set<String> agents,
    Map<String, String> instruments,
    Set<String> documents,
    Map<String, String> organs,
    Map<String, String> wrappers,
    Map<String, String> reporters,
    Map<String, Map<String, String>> shifts,
    Set<String> triggers,
    WordLists words,
    String version) {

  /**
   * The code {@code code} becomes under shift {@code kind}; the longest matching prefix wins, and a default of
   * "@other" hands the code to shift kind "other".
   */
  String shift(String kind, String code) {
    Map<String, String> table = shifts.get(kind);
    if (table == null) {
      return code;
    }
    for (int len = code.length(); len >= 2; len--) {
      String to = table.get(code.substring(0, len));
      if (to != null) {
        return to.equals("=") ? code : to;
      }
    }
    String fallback = table.getOrDefault("*", code);
    return fallback.startsWith("@") ? shift(fallback.substring(1), code) : fallback;
  }
}
