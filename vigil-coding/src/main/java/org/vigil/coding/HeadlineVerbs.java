package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * Rule headline-verbs: news summaries written in the present tense ("Ugandan police arrest 20 people", "Turkey
 * arrests six people", "A court sentences 528 supporters", "Al-Shabaab claim responsibility") lead the tagger to read
 * the verb as a noun heading the sentence. When the root is such a noun whose lemma has a verb frame, and a noun
 * before it can be its subject, the root becomes the verb: its subject is the noun before it, the nouns after it its
 * object and obliques. A light noun heading the verb ("Militants open fire", "X claim responsibility") is handled
 * the same way with the verb before it. Stateless.
 */
final class HeadlineVerbs {
  private static final java.util.Set<String> SUBJECT_MODIFIERS = java.util.Set.of("amod", "compound", "det",
      "nummod", "nmod:poss");

  private HeadlineVerbs() {}

  /** The sentence with its headline verb retagged and rewired, or the same sentence when there is none. */
  static Sentence repair(Sentence s, Predicate<String> frameVerb) {
    int root = root(s.dependencies());
    if (root < 0 || !s.tokens().get(root).isNoun() && !s.tokens().get(root).pos().startsWith("JJ")
        || firstChild(s.dependencies(), root, "cop") >= 0) {
      return s; // "It was a massive attack": a predicate noun, not a verb
    }
    if (frameVerb.test(lemma(s, root)) && s.tokens().get(root).isNoun()) {
      return asVerb(s, root, -1);
    }
    for (Dependency d : s.dependencies()) {
      int v = d.dependent();
      boolean modifier = d.governor() == root && v == root - 1
          && (d.relation().equals("compound") || d.relation().equals("amod"));
      if (modifier && frameVerb.test(lemma(s, v))) {
        return asVerb(s, v, root);
      }
    }
    return s;
  }

  /**
   * Makes token {@code v} the verb: with {@code object} >= 0 the old root (a noun after {@code v}) becomes its
   * object; else {@code v} was the root itself.
   */
  private static Sentence asVerb(Sentence s, int v, int object) {
    int head = object >= 0 ? object : v;
    List<Dependency> deps = s.dependencies();
    int subject = firstChild(deps, head, "nsubj");
    if (subject < 0) {
      subject = adjacentNounBefore(s, deps, head, object >= 0 ? v : head);
    }
    if (subject < 0 || !hasArgumentAfter(deps, head, v)) {
      return s;
    }
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      out.add(rewire(s, d, v, head, subject, object));
    }
    List<Token> tokens = new ArrayList<>(s.tokens());
    Token t = tokens.get(v);
    String pos = t.word().toLowerCase(java.util.Locale.ROOT).endsWith("s") ? "VBZ" : "VBP";
    tokens.set(v, new Token(t.index(), t.word(), lemma(s, v), pos, t.ner(), t.span()));
    return new Sentence(s.index(), s.span(), s.text(), tokens, out, s.times(), s.parsed(), s.heading());
  }

  private static Dependency rewire(Sentence s, Dependency d, int v, int head, int subject, int object) {
    int gov = d.governor();
    int dep = d.dependent();
    String rel = d.relation();
    if (dep == head && rel.equals("root") && object >= 0) {
      return new Dependency(v, head, "obj");
    }
    if (dep == v && object >= 0) {
      return new Dependency(-1, v, "root");
    }
    if (gov != head) {
      return d;
    }
    if (dep == subject) {
      return new Dependency(v, dep, "nsubj");
    }
    if (dep < subject && SUBJECT_MODIFIERS.contains(rel)) {
      return new Dependency(subject, dep, rel); // "Ugandan police arrest": "Ugandan" modifies the subject
    }
    if (rel.startsWith("nmod:")) {
      return new Dependency(v, dep, "obl:" + rel.substring(5));
    }
    if (dep > v && (rel.equals("dep") && s.tokens().get(dep).isNoun() || rel.equals("obj"))) {
      return new Dependency(v, dep, "obj");
    }
    return object >= 0 && dep > v ? new Dependency(v, dep, rel) : d;
  }

  private static int root(List<Dependency> deps) {
    for (Dependency d : deps) {
      if (d.relation().equals("root")) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static int firstChild(List<Dependency> deps, int gov, String rel) {
    for (Dependency d : deps) {
      if (d.governor() == gov && d.relation().equals(rel)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The noun right before {@code before}, hanging from {@code head} as a compound: the subject in a headline. */
  private static int adjacentNounBefore(Sentence s, List<Dependency> deps, int head, int before) {
    int c = before - 1;
    boolean hangs = deps.stream().anyMatch(d -> d.governor() == head && d.dependent() == c
        && d.relation().equals("compound"));
    return c >= 0 && hangs && s.tokens().get(c).isNoun() ? c : -1;
  }

  /** A headline verb has something after it: an object, an oblique or a clause. */
  private static boolean hasArgumentAfter(List<Dependency> deps, int head, int v) {
    return deps.stream().anyMatch(d -> d.governor() == head && d.dependent() > v && !d.relation().equals("punct"))
        || head != v;
  }

  private static String lemma(Sentence s, int i) {
    return s.tokens().get(i).lemma().toLowerCase(java.util.Locale.ROOT);
  }
}
