package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;

/**
 * Repairs two parser errors on reported speech. In "X said a mortar bomb was fired at it" the parser makes "said"
 * the clausal subject of "fired" and "a mortar bomb" the object of "said": a reporting verb that has an object
 * and is itself the subject clause of a passive verb is the main verb, the passive becomes its complement and the
 * object the passive's subject. In "X said it will send a team" the parser makes "it" the object of "said" and
 * "send" a loose dependent: a subject pronoun right after a reporting verb, followed by a subjectless verb with a
 * modal or auxiliary, is that verb's subject and the verb the complement. Stateless; thread-safe.
 */
final class ReportedClauses {

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we");
  private static final Set<String> LOOSE = Set.of("dep", "parataxis", "ccomp", "xcomp");

  private ReportedClauses() {}

  static List<Dependency> pronounSubjects(Sentence s, List<Dependency> deps, Set<String> reporting) {
    List<Dependency> out = deps;
    for (Dependency d : deps) {
      int say = d.governor();
      int pronoun = d.dependent();
      if (!d.relation().equals("obj") || say < 0 || pronoun != say + 1
          || !reporting.contains(s.tokens().get(say).lemma().toLowerCase(Locale.ROOT))
          || !SUBJECT_PRONOUNS.contains(s.tokens().get(pronoun).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int verb = looseVerb(s, deps, say, pronoun);
      if (verb < 0) {
        continue;
      }
      out = out == deps ? new ArrayList<>(deps) : out;
      for (int i = 0; i < out.size(); i++) {
        Dependency e = out.get(i);
        if (e.governor() == say && e.dependent() == pronoun && e.relation().equals("obj")) {
          out.set(i, new Dependency(verb, pronoun, "nsubj"));
        } else if (e.governor() == say && e.dependent() == verb) {
          out.set(i, new Dependency(say, verb, "ccomp"));
        }
      }
    }
    return out;
  }

  /** A verb hanging loosely from the reporting verb, without a subject, whose auxiliary follows the pronoun. */
  private static int looseVerb(Sentence s, List<Dependency> deps, int say, int pronoun) {
    for (Dependency d : deps) {
      if (d.governor() != say || !LOOSE.contains(d.relation()) || d.dependent() <= pronoun) {
        continue;
      }
      int v = d.dependent();
      boolean aux = false;
      boolean subject = false;
      for (Dependency c : deps) {
        if (c.governor() == v) {
          aux |= Graph.matches(c.relation(), "aux") && c.dependent() == pronoun + 1;
          subject |= Graph.matches(c.relation(), "nsubj");
        }
      }
      if (aux && !subject && s.tokens().get(v).isVerb()) {
        return v;
      }
    }
    return -1;
  }

  static List<Dependency> passives(Sentence s, List<Dependency> deps, Set<String> reporting) {
    List<Dependency> out = deps;
    for (Dependency d : deps) {
      int say = d.dependent();
      int passive = d.governor();
      if (!d.relation().equals("csubj:pass") || passive < 0
          || !reporting.contains(s.tokens().get(say).lemma().toLowerCase(Locale.ROOT))
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
