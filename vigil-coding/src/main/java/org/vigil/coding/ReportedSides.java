package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.ActorRef;

/**
 * Who acts in a reported clause when the speaker speaks of its own side: "South Sudan's government says its army
 * retook Bor" names the speaker's army (rule speakers-forces), so the report is plain attribution of the
 * speaker's own act, which stays asserted. Stateless.
 */
final class ReportedSides {
  private static final Set<String> OWN = Set.of("its", "their", "our");
  private static final Set<String> STATE = Set.of("null", "GOV", "MIL", "LEG", "JUD", "COP", "SPY");

  private ReportedSides() {}

  /**
   * The sources with each unplaced one owned by a possessive pronoun ("its forces") placed in the claimant's
   * country, when the claimant is a state or a country.
   */
  static List<ActorRef> speakersOwn(Graph g, List<Integer> heads, List<ActorRef> sources, ActorRef claimant) {
    if (claimant == null || !isState(claimant) || heads.size() != sources.size()
        || !g.rules().on(CoderRule.SPEAKERS_FORCES)) {
      return sources;
    }
    List<ActorRef> out = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      ActorRef s = sources.get(i);
      boolean owned = s.country() == null && s.actor() == null && s.sector() != null
          && g.hasChildLemma(heads.get(i), "nmod:poss", OWN);
      if (g.rules().applies(CoderRule.SPEAKERS_FORCES, owned)) {
        s = new ActorRef(s.text(), claimant.country(), s.sector(), null, s.nerType(),
            "the speaker's own: " + s.basis());
      }
      out.add(s);
    }
    return out;
  }

  private static boolean isState(ActorRef a) {
    return a.country() != null && a.actor() == null && STATE.contains(String.valueOf(a.sector()));
  }
}
