package org.vigil.coding;

import java.util.List;
import java.util.Set;
import org.vigil.model.Dependency;

/**
 * The sides of a reciprocal event noun named with "between": on the noun ("talks between Kyiv and Moscow"), or on
 * the verb the noun is the subject of ("fighting broke out between Armenian and Azerbaijani forces"); one head whose
 * conjoined modifiers name both sides ("Armenian and Azerbaijani forces") counts as two parties.
 */
final class JointParties {
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss");

  private JointParties() {}

  /** The "between" heads of event noun {@code n}: its own, else those of the verb it is the subject of. */
  static List<Integer> between(Graph g, Arguments args, int n) {
    List<Integer> own = new java.util.ArrayList<>(args.exact(n, "nmod:between"));
    own.addAll(args.exact(n, "obl:between"));
    Dependency h = g.primaryHead(n);
    if (!own.isEmpty() || h == null || h.governor() < 0 || !Graph.matches(h.relation(), "nsubj")) {
      return own;
    }
    return args.exact(h.governor(), "obl:between");
  }

  /**
   * "X and Y accused each other", "... blamed one another": the object is the sides themselves, so a verb that is
   * not reciprocal by itself is done by each side to the other.
   */
  static boolean eachOther(Graph g, int verb) {
    for (Dependency d : g.children(verb)) {
      boolean arg = d.relation().equals("obj") || d.relation().startsWith("obl");
      int o = d.dependent();
      if (arg && g.lemma(o).equalsIgnoreCase("other") && g.hasChildLemma(o, "det", Set.of("each"))
          || arg && g.lemma(o).equalsIgnoreCase("another") && g.hasChildLemma(o, "nummod", Set.of("one"))
          || arg && g.lemma(o).equalsIgnoreCase("another") && o > 0 && g.lemma(o - 1).equalsIgnoreCase("one")) {
        return true;
      }
    }
    return false;
  }

  /** True when the heads name at least two parties. */
  static boolean several(Graph g, List<Integer> heads) {
    return heads.size() > 1 || heads.size() == 1 && (conjoinedModifiers(g, heads.get(0))
        || g.rules().on(CoderRule.BOTH_SIDES) && BothSides.names(g, heads.get(0)));
  }

  private static boolean conjoinedModifiers(Graph g, int head) {
    for (Dependency d : g.children(head)) {
      if (MODIFIERS.contains(d.relation())
          && g.children(d.dependent()).stream().anyMatch(c -> c.relation().startsWith("conj"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reciprocal verb whose object names an actor ("the ministers of Jordan and Saudi Arabia met their Egyptian
   * counterpart"): the sides act on that object, not on each other.
   */
  static boolean metObject(Graph g, ActorFinder actors, int verb) {
    return g.token(verb).isVerb() && g.dependents(verb, "obj").stream().anyMatch(o -> actors.resolve(g, o).isPresent());
  }
}
