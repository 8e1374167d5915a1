package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/**
 * Repairs a parser error on reduced relative clauses: in "the civilians imprisoned for ... were released" the
 * parser makes "civilians imprisoned ..." a subject clause with "civilians" the active subject of the participle.
 * A past participle (VBN) with no auxiliary heading a subject clause is a noun phrase with a reduced relative, so
 * its subject is its passive subject: the one the act befell. (Finite verbs mis-tagged VBN elsewhere are left
 * alone.)
 * Stateless; thread-safe.
 */
final class ReducedRelatives {
  private ReducedRelatives() {}

  /** {@code deps} with each plain subject of an auxiliary-less past participle turned passive. */
  static List<Dependency> repair(Sentence s, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (int i = 0; i < deps.size(); i++) {
      Dependency d = deps.get(i);
      if (d.relation().equals("nsubj") && d.governor() >= 0
          && s.tokens().get(d.governor()).pos().equals("VBN") && !hasAuxiliary(deps, d.governor())
          && isSubjectClause(deps, d.governor())) {
        if (out == deps) {
          out = new ArrayList<>(deps);
        }
        out.set(i, new Dependency(d.governor(), d.dependent(), "nsubj:pass"));
      }
    }
    return out;
  }

  /** The participle heads a clause the parser made the subject of the sentence's verb: a misread noun phrase. */
  private static boolean isSubjectClause(List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.dependent() == verb && Graph.matches(d.relation(), "csubj")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAuxiliary(List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.governor() == verb && (Graph.matches(d.relation(), "aux") || d.relation().equals("cop"))) {
        return true;
      }
    }
    return false;
  }
}
