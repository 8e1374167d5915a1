package org.vigil.coding;

import org.vigil.model.Dependency;

/**
 * Rule crowd-of-act: a crowd act named by a noun (lexicon list crowd-acts: "protests", "a riot") that a verb of
 * occurrence says happened ("protests took place in", "a riot broke out", "demonstrations were held") is the act of
 * the protesters who make it up, even when the sentence names none of them. Stateless; thread-safe.
 */
final class CrowdActs {
  private CrowdActs() {}

  /** True when {@code n} is a crowd-act noun and the subject of a verb of occurrence. */
  static boolean occurred(Graph g, int n) {
    if (!g.token(n).isNoun() || !g.words("crowd-acts").contains(g.lemma(n))) {
      return false;
    }
    Dependency h = g.primaryHead(n);
    if (h == null || h.governor() < 0 || !Graph.matches(h.relation(), "nsubj")) {
      return false;
    }
    return g.words("occurrence-verbs").contains(verbKey(g, h.governor()));
  }

  /** The verb's lemma, joined with its particle ("break_out") or with "place" for "take place". */
  static String verbKey(Graph g, int v) {
    String lemma = g.lemma(v);
    for (int p : g.exact(v, "compound:prt")) {
      return lemma + "_" + g.lemma(p);
    }
    if (lemma.equals("take") && g.hasChildLemma(v, "obj", java.util.Set.of("place"))) {
      return "take_place";
    }
    return lemma;
  }
}
