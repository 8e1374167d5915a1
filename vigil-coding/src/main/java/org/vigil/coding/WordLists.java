package org.vigil.coding;

import java.util.Map;
import java.util.Set;

/**
 * The named word lists and code tables the coder's rules use, read from the pattern files ({@code words NAME
 * WORD...}, {@code codes NAME CODE...}); {@link #SCHEMA} names every list a rule reads, so a misspelt or missing
 * list fails at start-up citing file:line. Immutable and thread-safe.
 *
 * @param lists each list by name
 */
record WordLists(Map<String, Set<String>> lists) {
  /** Every list the coder reads, with "words" (lower-case lemmas or stems) or "codes" (CAMEO code prefixes). */
  static final Map<String, String> SCHEMA = Map.ofEntries(
      Map.entry("quantifiers", "words"),
      Map.entry("kill-verbs", "words"),
      Map.entry("harm-verbs", "words"),
      Map.entry("contest-verbs", "words"),
      Map.entry("sports-nouns", "words"),
      Map.entry("crowd-stems", "words"),
      Map.entry("crowd-acts", "words"),
      Map.entry("unchanged-plurals", "words"),
      Map.entry("reporting-verbs", "words"),
      Map.entry("days", "words"),
      Map.entry("aim-verbs", "words"),
      Map.entry("hazards", "words"),
      Map.entry("duration-adverbs", "words"),
      Map.entry("generic-objects", "words"),
      Map.entry("plan-nouns", "words"),
      Map.entry("stance-verbs", "words"),
      Map.entry("evaluative-predicates", "words"),
      Map.entry("naming-verbs", "words"),
      Map.entry("occurrence-verbs", "words"),
      Map.entry("side-nouns", "words"),
      Map.entry("content-roots", "codes"),
      Map.entry("domestic-codes", "codes"));

  WordLists {
    lists = Map.copyOf(lists);
  }

  /** The list {@code name}; asking for a list the {@link #SCHEMA} does not name is a bug. */
  Set<String> of(String name) {
    Set<String> l = lists.get(name);
    if (l == null) {
      throw new IllegalArgumentException("no word list '" + name + "' (known: " + SCHEMA.keySet() + ")");
    }
    return l;
  }

  /** True when a code prefix of table {@code name} starts {@code code}. */
  boolean codeIn(String name, String code) {
    for (String prefix : of(name)) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
