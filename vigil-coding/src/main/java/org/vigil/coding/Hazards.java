package org.vigil.coding;

import java.util.Set;
import org.vigil.model.Dependency;

/**
 * Rule natural-hazard: a storm, earthquake, flood, wildfire or epidemic named as the subject ("Typhoon Rammasun,
 * which has killed 54 people", "Cyclone Freddy tore through Malawi", "an outbreak of Ebola killed") is no actor,
 * so its clause codes no event. The hazard nouns are the lexicon's list "hazards". Stateless.
 */
final class Hazards {
  private Hazards() {}

  /** True when the phrase headed at {@code h} names a hazard: its head, a compound ("Cyclone Freddy") or "of". */
  static boolean names(Graph g, int h) {
    Set<String> hazards = g.words("hazards");
    if (hazards.contains(g.lemma(h))) {
      return true;
    }
    for (Dependency d : g.children(h)) {
      boolean modifier = d.relation().equals("compound") || d.relation().equals("nmod:of");
      if (modifier && hazards.contains(g.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }
}
