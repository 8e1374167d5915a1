package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/**
 * Repairs a garden path on a reduced relative after an object: in "Britain demanded the release of sailors seized by
 * Iranian forces" the parser makes "the release" the subject of "seized" and hangs "seized" loosely from
 * "demanded". An auxiliary-less past participle with a "by" agent, hanging as {@code dep} from an earlier verb
 * that has no object, whose subject stands between the two, is a reduced relative on the noun right before it:
 * the subject becomes the verb's object, the participle modifies that noun (its passive subject) and "by" marks its agent. Stateless.
 */
final class LooseParticiples {
  private LooseParticiples() {}

  /** {@code deps} with every such loose participle re-attached; the same list when there is none. */
  static List<Dependency> repair(Sentence s, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (Dependency d : deps) {
      int verb = d.governor();
      int p = d.dependent();
      if (!d.relation().equals("dep") || verb < 0 || !s.tokens().get(p).pos().equals("VBN")
          || !s.tokens().get(verb).isVerb() || ReducedRelatives.hasAuxiliary(out, p)
          || ReducedRelatives.child(out, verb, "obj") >= 0 || ReducedRelatives.child(out, p, "obl:by") < 0) {
        continue;
      }
      int subject = ReducedRelatives.child(out, p, "nsubj");
      int noun = nounBefore(s, out, p);
      if (subject <= verb || subject >= p || noun < 0) {
        continue;
      }
      out = rewrite(out, verb, p, subject, noun);
    }
    return out;
  }

  /** The noun right before the participle (the first conjunct when it is a later one), or -1. */
  private static int nounBefore(Sentence s, List<Dependency> deps, int p) {
    int n = p - 1;
    if (n < 0 || !s.tokens().get(n).pos().startsWith("NN")) {
      return -1;
    }
    for (Dependency d : deps) {
      if (d.dependent() == n && d.relation().startsWith("conj") && d.governor() < n) {
        return d.governor();
      }
    }
    return n;
  }

  private static List<Dependency> rewrite(List<Dependency> deps, int verb, int p, int subject, int noun) {
    List<Dependency> out = new ArrayList<>(deps.size() + 1);
    for (Dependency e : deps) {
      if (e.governor() == verb && e.dependent() == p && e.relation().equals("dep")) {
        out.add(new Dependency(verb, subject, "obj"));
        out.add(new Dependency(noun, p, "acl"));
        out.add(new Dependency(p, noun, "nsubj:pass"));
      } else if (e.governor() == p && e.dependent() == subject && e.relation().equals("nsubj")) {
        continue;
      } else if (e.governor() == p && e.relation().equals("obl:by")) {
        out.add(new Dependency(p, e.dependent(), "obl:agent"));
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
