package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * Repairs a frequent parser error: in "X refused on Thursday to release Y" the day becomes the subject of an
 * adverbial "to" clause. A date is never an actor, so the day becomes a temporal modifier of the verb above,
 * and under a control verb the clause its controlled complement ("met X on Monday to discuss" stays a purpose
 * clause). Stateless; thread-safe.
 */
final class DateSubjects {

  private DateSubjects() {}

  /** The sentence's edges with every date subject of a to-infinitive repaired; the same list when none. */
  static List<Dependency> repair(Sentence s, List<Dependency> deps, Predicate<String> controlVerb, Set<String> days) {
    List<Dependency> out = deps;
    for (Dependency d : deps) {
      if (d.relation().equals("nsubj") && d.governor() >= 0 && isDate(s.tokens().get(d.dependent()), days)
          && isInfinitive(s, deps, d.governor())) {
        out = rewrite(out == deps ? new ArrayList<>(deps) : out, s, d, controlVerb);
      }
    }
    return out;
  }

  /** A day, a date or a time of day by its NER tag or its name. */
  static boolean isDate(Token t, Set<String> days) {
    boolean named = days.contains(t.lemma().toLowerCase(Locale.ROOT));
    return t.isNoun() && (named || t.ner().equals("DATE") || t.ner().equals("TIME"));
  }

  private static boolean isInfinitive(Sentence s, List<Dependency> deps, int w) {
    for (Dependency d : deps) {
      if (d.governor() == w && d.relation().equals("mark") && s.tokens().get(d.dependent()).pos().equals("TO")) {
        return true;
      }
    }
    return false;
  }

  private static List<Dependency> rewrite(List<Dependency> out, Sentence s, Dependency subject,
      Predicate<String> controlVerb) {
    int w = subject.governor();
    int day = subject.dependent();
    Dependency head = null;
    for (Dependency d : out) {
      if (d.dependent() == w && d.governor() >= 0 && Graph.matches(d.relation(), "advcl")) {
        head = d;
        break;
      }
    }
    if (head == null) {
      return out;
    }
    int v = head.governor();
    out.remove(subject);
    out.add(new Dependency(v, day, temporal(out, s, w, day)));
    if (controlVerb.test(s.tokens().get(v).lemma().toLowerCase(Locale.ROOT))) {
      out.remove(head);
      out.add(new Dependency(v, w, "xcomp"));
      for (int c : controllers(out, v)) {
        out.add(new Dependency(w, c, "nsubj:xsubj"));
      }
    }
    return out;
  }

  /** Moves a preposition parsed as the clause's marker ("on" Thursday) to the day; the day's relation to v. */
  private static String temporal(List<Dependency> out, Sentence s, int w, int day) {
    for (Dependency d : List.copyOf(out)) {
      Token m = s.tokens().get(d.dependent());
      if (d.governor() == w && d.relation().equals("mark") && d.dependent() < day && m.pos().equals("IN")) {
        out.remove(d);
        out.add(new Dependency(day, d.dependent(), "case"));
        return "obl:" + m.lemma().toLowerCase(Locale.ROOT);
      }
    }
    return "obl:tmod";
  }

  /** Who controls the complement: the verb's object ("ordered the mission to leave"), else its subjects. */
  private static List<Integer> controllers(List<Dependency> out, int v) {
    List<Integer> objects = new ArrayList<>();
    List<Integer> subjects = new ArrayList<>();
    for (Dependency d : out) {
      if (d.governor() == v && (d.relation().equals("obj") || d.relation().equals("iobj"))) {
        objects.add(d.dependent());
      } else if (d.governor() == v && d.relation().equals("nsubj")) {
        subjects.add(d.dependent());
      }
    }
    return objects.isEmpty() ? subjects : objects;
  }
}
