package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Dependency;

/**
 * The targets of a claim of responsibility (015): those of the act claimed, else the place where it happened.
 * One instance per claim; not thread-safe.
 */
final class ClaimedActs {
  private final Graph g;
  private final Matcher matcher;
  private final Arguments args;

  ClaimedActs(Graph g, Matcher matcher, Arguments args) {
    this.g = g;
    this.matcher = matcher;
    this.args = args;
  }

  /**
   * Who and where the act claimed is ("claimed responsibility for an attack on X", "... for an attack at a mall in
   * Nairobi"): a claim of responsibility is directed at the claimed act's target, else at the country where the
   * act happened.
   */
  List<List<Integer>> targets(int v) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> acts = new ArrayList<>(g.dependents(v, "obl:for"));
    for (int o : g.dependents(v, "obj")) {
      acts.addAll(g.dependents(o, "nmod:for"));
    }
    for (int n : acts) {
      if (matcher.noun(n) == null) {
        continue;
      }
      for (Dependency h : g.heads(n)) {
        if (h.relation().equals("nsubj") && h.governor() >= 0 && Casualties.isKilling(g, h.governor())) {
          int victims = Casualties.victims(g, h.governor());
          if (victims >= 0) {
            out.add(List.of(victims));
          }
        }
      }
      out.addAll(args.nounTargets(n));
      List<Integer> where = new ArrayList<>(args.places(n));
      where.addAll(args.exact(n, "nmod:in"));
      where.addAll(args.exact(n, "nmod:at"));
      for (int acl : args.exact(n, "acl")) {
        where.addAll(args.places(acl));
      }
      if (!where.isEmpty()) {
        out.add(where);
      }
    }
    return out;
  }
}
