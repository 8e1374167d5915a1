package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/**
 * Repairs two parser errors on reduced relative clauses (see also {@link #gardenPaths}): in "the civilians imprisoned for ... were released" the
 * parser makes "civilians imprisoned ..." a subject clause with "civilians" the active subject of the participle.
 * A past participle (VBN) with no auxiliary heading a subject clause is a noun phrase with a reduced relative, so
 * its subject is its passive subject: the one the act befell. (Finite verbs mis-tagged VBN elsewhere are left
 * alone.)
 * Stateless; thread-safe.
 */
final class ReducedRelatives {
  private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP");

  private ReducedRelatives() {}

  /**
   * "A report released Tuesday in Kigali alleged that ...": the parser makes "released" the main verb with
   * "report" its subject and hangs the real main verb "alleged" loosely below it. An auxiliary-less root
   * participle whose loose dependent is a later finite verb without a subject gives way to that verb: the
   * subject moves to it, and the participle modifies the subject.
   */
  static List<Dependency> gardenPaths(Sentence s, List<Dependency> deps) {
    for (Dependency root : deps) {
      int p = root.dependent();
      if (root.governor() >= 0 || !s.tokens().get(p).pos().equals("VBN") || hasAuxiliary(deps, p)) {
        continue;
      }
      int subject = child(deps, p, "nsubj");
      int finite = -1;
      for (Dependency d : deps) {
        if (d.governor() == p && (d.relation().equals("dep") || d.relation().equals("parataxis"))
            && d.dependent() > p && FINITE.contains(s.tokens().get(d.dependent()).pos())
            && child(deps, d.dependent(), "nsubj") < 0 && finite < 0) {
          finite = d.dependent();
        }
      }
      if (subject < 0 || subject > p || finite < 0) {
        continue;
      }
      List<Dependency> out = new ArrayList<>(deps.size());
      for (Dependency d : deps) {
        if (d == root) {
          out.add(new Dependency(-1, finite, "root"));
        } else if (d.governor() == p && d.dependent() == subject && d.relation().equals("nsubj")) {
          out.add(new Dependency(finite, subject, "nsubj"));
          out.add(new Dependency(subject, p, "acl"));
        } else if (d.governor() == p && d.dependent() == finite) {
          continue;
        } else {
          out.add(d);
        }
      }
      return out;
    }
    return deps;
  }

  static int child(List<Dependency> deps, int head, String rel) {
    for (Dependency d : deps) {
      if (d.governor() == head && d.relation().equals(rel)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Each plain subject of an auxiliary-less past participle heading a subject clause, turned passive. */
  static List<Dependency> subjectClauses(Sentence s, List<Dependency> deps) {
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

  static boolean hasAuxiliary(List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.governor() == verb && (Graph.matches(d.relation(), "aux") || d.relation().equals("cop"))) {
        return true;
      }
    }
    return false;
  }
}
