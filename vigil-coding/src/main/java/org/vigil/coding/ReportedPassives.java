package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/**
 * Repairs a parser error on reported passives: in "X said a mortar bomb was fired at it" the parser makes "said"
 * the clausal subject of "fired" and "a mortar bomb" the object of "said". A reporting verb that has an object
 * and is itself the subject clause of a passive verb is the main verb: the passive becomes its complement and the
 * object the passive's subject. Stateless; thread-safe.
 */
final class ReportedPassives {
  private static final Set<String> REPORTING = Set.of("say", "report", "claim", "announce", "confirm", "allege",
      "state", "insist", "add", "warn", "tell");

  private ReportedPassives() {}

  /** {@code deps} with each reporting verb misread as a passive's subject clause put back on top. */
  static List<Dependency> repair(Sentence s, List<Dependency> deps) {
    List<Dependency> out = deps;
    for (Dependency d : deps) {
      int say = d.dependent();
      int passive = d.governor();
      if (!d.relation().equals("csubj:pass") || passive < 0
          || !REPORTING.contains(s.tokens().get(say).lemma().toLowerCase(Locale.ROOT))
          || !hasAuxPass(deps, passive) || say > passive) {
        continue;
      }
      int object = objectBefore(deps, say, passive);
      if (object < 0) {
        continue;
      }
      out = out == deps ? new ArrayList<>(deps) : out;
      rewrite(out, say, passive, object);
    }
    return out;
  }

  private static void rewrite(List<Dependency> out, int say, int passive, int object) {
    for (int i = 0; i < out.size(); i++) {
      Dependency e = out.get(i);
      if (e.governor() == passive && e.dependent() == say && e.relation().equals("csubj:pass")) {
        out.set(i, new Dependency(say, passive, "ccomp"));
      } else if (e.governor() == say && e.dependent() == object && e.relation().equals("obj")) {
        out.set(i, new Dependency(passive, object, "nsubj:pass"));
      } else if (e.dependent() == passive && e.governor() != say) {
        out.set(i, new Dependency(e.governor(), say, e.relation()));
      }
    }
  }

  private static boolean hasAuxPass(List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /** The object of the reporting verb standing between it and the passive verb, or -1. */
  private static int objectBefore(List<Dependency> deps, int say, int passive) {
    for (Dependency d : deps) {
      if (d.governor() == say && d.relation().equals("obj") && d.dependent() > say && d.dependent() < passive) {
        return d.dependent();
      }
    }
    return -1;
  }
}
