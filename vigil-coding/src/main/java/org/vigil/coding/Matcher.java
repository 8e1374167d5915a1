package org.vigil.coding;

import java.util.List;
import org.vigil.model.Dependency;

/**
 * Chooses the most specific pattern whose conditions a trigger token meets, and answers the one question "may
 * this token carry an event" ({@link #carriesEvent}). Stateless over one sentence; not thread-safe.
 */
final class Matcher {
  private static final java.util.Set<String> PLACE_NER = java.util.Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
  private final PatternBook book;
  private final Graph g;

  Matcher(PatternBook book, Graph g) {
    this.book = book;
    this.g = g;
  }

  /** The verb frame matched at token {@code v}, or null. */
  Pattern verb(int v) {
    boolean verb = g.token(v).isVerb();
    if (!verb && !g.token(v).pos().startsWith("JJ") || gerundSubject(v)) {
      return null;
    }
    List<Pattern> candidates = book.verbs().get(g.lemma(v));
    if (candidates == null) {
      return null;
    }
    Pattern.Kind kind = verb ? Pattern.Kind.VERB : Pattern.Kind.ADJ;
    for (Pattern p : candidates) {
      if (p.kind() == kind && meets(p, v)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The one test of whether token {@code i} may carry an event: a verb or event-noun frame matches it, or it is a
   * light verb whose object (or "to"/"on" oblique) is an event noun ("went on hunger strike").
   */
  boolean carriesEvent(int i) {
    return verb(i) != null || noun(i) != null || carriedNoun(i) >= 0;
  }

  /** The event noun light verb {@code v} takes as object or "to"/"on" oblique ("launched an attack"), or -1. */
  int carriedNoun(int v) {
    if (!book.support().contains(g.lemma(v))) {
      return -1;
    }
    for (Dependency d : g.children(v)) {
      String r = d.relation();
      boolean carried = r.equals("obj") || r.equals("obl:on") || r.equals("obl:to");
      if (carried && noun(d.dependent()) != null) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The matching rules (beyond the frame itself) that made token {@code i} a trigger, for the event's record. */
  java.util.List<CoderRule> rulesAt(int i, Pattern p) {
    java.util.List<CoderRule> out = new java.util.ArrayList<>(1);
    if (gerundSubject(i)) {
      out.add(CoderRule.GERUND_SUBJECT);
    }
    if (!p.objects().isEmpty() && !anyChild(i, p.objects(), "obj", "nsubj:pass", "obl", "iobj")) {
      out.add(quantified(i, p.objects()) ? CoderRule.QUANTIFIED_OBJECT : CoderRule.NAMED_PLACE_OBJECT);
    }
    return out;
  }

  /** The event-noun frame matched at token {@code n}, or null. */
  Pattern noun(int n) {
    if (gerundSubject(n)) {
      return first(book.nouns().get(g.token(n).word().toLowerCase(java.util.Locale.ROOT)), n);
    }
    if (!g.token(n).isNoun()) {
      return null;
    }
    return first(book.nouns().get(g.lemma(n)), n);
  }

  /** A place named as the object where the frame asks for a kind of place ("captured Avdiivka" as "captured a town"). */
  private boolean namedPlace(int i, java.util.Set<String> lemmas) {
    if (!lemmas.contains("city") || !g.rules().on(CoderRule.NAMED_PLACE_OBJECT)) {
      return false;
    }
    return g.children(i).stream().anyMatch(d -> (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
        && PLACE_NER.contains(g.token(d.dependent()).ner()));
  }

  /** A bare gerund subject ("Fighting broke out between ..."): a noun the tagger read as a verb. */
  private boolean gerundSubject(int i) {
    Dependency h = g.primaryHead(i);
    return g.rules().on(CoderRule.GERUND_SUBJECT) && g.token(i).pos().equals("VBG") && h != null && Graph.matches(h.relation(), "nsubj")
        && g.children(i).stream().noneMatch(d -> Graph.matches(d.relation(), "nsubj") || d.relation().equals("obj"));
  }

  private Pattern first(List<Pattern> candidates, int i) {
    if (candidates == null) {
      return null;
    }
    for (Pattern p : candidates) {
      if (meets(p, i)) {
        return p;
      }
    }
    return null;
  }

  private boolean meets(Pattern p, int i) {
    if (!p.particle().isEmpty() && !childLemma(i, p.particle(), "compound:prt", "advmod", "obl", "case")) {
      return false;
    }
    if (!p.objects().isEmpty() && !anyChild(i, p.objects(), "obj", "nsubj:pass", "obl", "iobj")
        && !quantified(i, p.objects()) && !namedPlace(i, p.objects())) {
      return false;
    }
    if (!p.complements().isEmpty()
        && !anyChild(i, p.complements(), "xcomp", "ccomp", "compound", "amod", "advmod", "obj")
        && !objectPredicate(i, p.complements())) {
      return false;
    }
    if (!p.subjects().isEmpty() && !subjectIn(i, p.subjects())) {
      return false;
    }
    return p.prep().isEmpty() || hasPrep(i, p.prep());
  }

  /**
   * The subject of {@code i} is one of {@code lemmas}, or a quantity of them ("thousands of protesters"); a
   * participle's subject is the noun it modifies ("protesters marching on the palace").
   */
  private boolean subjectIn(int i, java.util.Set<String> lemmas) {
    java.util.List<Integer> subjects = new java.util.ArrayList<>(g.exact(i, "nsubj"));
    subjects.addAll(g.exact(i, "nsubj:xsubj"));
    Dependency h = g.primaryHead(i);
    if (subjects.isEmpty() && h != null && h.governor() >= 0 && h.relation().equals("acl")
        && g.token(i).pos().equals("VBG")) {
      subjects.add(h.governor());
    }
    for (int s : subjects) {
      if (lemmas.contains(g.lemma(s)) || anyChild(s, lemmas, "nmod:of")) {
        return true;
      }
    }
    return false;
  }

  /** "lifted most of its sanctions": the object is a quantity of the listed thing. */
  private boolean quantified(int i, java.util.Set<String> lemmas) {
    if (!g.rules().on(CoderRule.QUANTIFIED_OBJECT)) {
      return false;
    }
    for (int o : g.dependents(i, "obj")) {
      if (g.words("quantifiers").contains(g.lemma(o)) && anyChild(o, lemmas, "nmod:of")) {
        return true;
      }
    }
    return false;
  }

  /** "hold X accountable" parsed with the predicate on the object. */
  private boolean objectPredicate(int i, java.util.Set<String> lemmas) {
    for (int o : g.dependents(i, "obj")) {
      if (anyChild(o, lemmas, "amod", "xcomp")) {
        return true;
      }
    }
    return false;
  }

  /** The oblique "call for", or its preposition parsed as the marker of a clause ("called on X to go"). */
  private boolean hasPrep(int i, String prep) {
    for (Dependency d : g.children(i)) {
      String r = d.relation();
      if (r.endsWith(":" + prep) && (r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("advcl"))) {
        return true;
      }
      if (r.startsWith("advcl") && g.hasChildLemma(d.dependent(), "mark", java.util.Set.of(prep))) {
        return true;
      }
    }
    return false;
  }

  private boolean childLemma(int i, String lemma, String... rels) {
    return anyChild(i, java.util.Set.of(lemma), rels);
  }

  private boolean anyChild(int i, java.util.Set<String> lemmas, String... rels) {
    for (Dependency d : g.children(i)) {
      for (String r : rels) {
        if (Graph.matches(d.relation(), r) && lemmas.contains(g.lemma(d.dependent()))) {
          return true;
        }
      }
    }
    return false;
  }
}
