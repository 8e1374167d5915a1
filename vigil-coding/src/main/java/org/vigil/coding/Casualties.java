package org.vigil.coding;

import java.util.Map;
import java.util.Set;
import org.vigil.model.Dependency;

/**
 * Reads deaths attached to an event: "killed three soldiers", "claimed the lives of three American soldiers",
 * "at least 3 dead". Stateless; thread-safe.
 */
final class Casualties {
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("dozen", 12), Map.entry("hundred", 100), Map.entry("a", 1), Map.entry("an", 1));

  private Casualties() {}

  /** True when verb {@code v} reports deaths: a killing verb or "claim the lives of". */
  static boolean isKilling(Graph g, int v) {
    String l = g.lemma(v);
    return g.words("kill-verbs").contains(l) || l.equals("claim") && g.hasChildLemma(v, "obj", Set.of("life"));
  }

  /** True when verb {@code v} harms (list harm-verbs) in a way an event noun of its clause already codes. */
  static boolean isHarm(Graph g, int v) {
    return g.words("harm-verbs").contains(g.lemma(v));
  }

  /** Head of the victims' phrase of killing verb {@code v}, or -1. */
  static int victims(Graph g, int v) {
    for (Dependency d : g.children(v)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("nsubj:pass")) {
        int o = d.dependent();
        if (g.lemma(o).equals("life")) {
          int of = g.first(o, "nmod:of");
          return of;
        }
        return o;
      }
    }
    return -1;
  }

  /** The number modifying {@code head} ("three soldiers", "at least 3"), or null. */
  static Integer count(Graph g, int head) {
    if (head < 0) {
      return null;
    }
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("nummod")) {
        Integer n = number(g.token(d.dependent()).word());
        if (n != null) {
          return n;
        }
      }
    }
    return null;
  }

  static Integer number(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT).replace(",", "");
    if (!w.isEmpty() && w.chars().allMatch(Character::isDigit) && w.length() < 7) {
      return Integer.parseInt(w);
    }
    Integer n = WORDS.get(w);
    return n != null && n > 1 ? n : null;
  }
}
