package org.vigil.coding;

import java.util.List;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;

/**
 * Rule both-sides: "the two sides", "both countries", "the warring parties" name no actor of their own but the two
 * parties the article has just set against or beside each other; they are the source and target of the latest
 * event, in this sentence or the {@link #LOOKBACK} before it, between two distinct sides of which one at least is
 * placed (a country or a known actor) and the other at least a sector. Stateless;
 * thread-safe.
 */
final class BothSides {
  /** How many sentences back the two parties may have been named. */
  static final int LOOKBACK = 3;
  private static final Set<String> PAIRING = Set.of("both", "two", "warring", "rival");

  private BothSides() {}

  /** True when head {@code h} is a plural side noun (lexicon list side-nouns) paired by "both", "two", "warring". */
  static boolean names(Graph g, int h) {
    if (!g.token(h).pos().equals("NNS") || !g.words("side-nouns").contains(g.lemma(h))) {
      return false;
    }
    return g.hasChildLemma(h, "det", PAIRING) || g.hasChildLemma(h, "nummod", PAIRING)
        || g.hasChildLemma(h, "amod", PAIRING) || g.hasChildLemma(h, "det:predet", PAIRING);
  }

  /**
   * The two sides of the latest event in {@code events} of sentence {@code sentence} or the few before it whose
   * source and target are distinct sides, one of them placed; empty when there is none.
   */
  static List<ActorRef> before(List<Event> events, int sentence) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.sentence() > sentence || e.sentence() < sentence - LOOKBACK) {
        continue;
      }
      ActorRef s = e.source();
      ActorRef t = e.target();
      if (t != null && !s.isUnresolved() && !t.isUnresolved() && (placed(s) || placed(t)) && !Actors.same(s, t)) {
        return List.of(s, t);
      }
    }
    return List.of();
  }

  private static boolean placed(ActorRef a) {
    return a.country() != null || a.actor() != null;
  }
}
