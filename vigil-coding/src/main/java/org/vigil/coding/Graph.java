package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;

/**
 * Indexed view of one sentence's enhanced++ dependency graph after the named {@link ParseRepairs}: children and
 * heads per token, and the {@link RuleTrace} of the rules in force while the sentence is coded. Built per
 * sentence, not shared between threads.
 */
final class Graph {
  private final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> heads;
  private final RuleTrace rules;
  private final String[] lemmas;
  private final WordLists words;

  /**
   * The graph of {@code sentence} with every repair of {@code repairs} that is on in {@code rules}; {@code words}
   * are the pattern files' word lists.
   */
  Graph(Sentence original, ParseRepairs repairs, RuleTrace rules, WordLists words) {
    Sentence sentence = repairs.retag(original, rules);
    this.sentence = sentence;
    this.rules = rules;
    this.words = words;
    java.util.Set<String> unchanged = words.of("unchanged-plurals");
    int n = sentence.tokens().size();
    lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      lemmas[i] = lemmaOf(sentence.tokens().get(i), rules.on(CoderRule.PLURAL_LEMMAS), unchanged);
      if (!lemmas[i].equals(sentence.tokens().get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
        rules.firedOnSentence(CoderRule.PLURAL_LEMMAS);
      }
    }
    children = new ArrayList<>(n);
    heads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(4));
      heads.add(new ArrayList<>(2));
    }
    List<Dependency> repaired = repairs.apply(sentence, rules);
    for (Dependency d : repaired) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      heads.get(d.dependent()).add(d);
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(d);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  /** The word list {@code name} of the pattern files. */
  java.util.Set<String> words(String name) {
    return words.of(name);
  }

  /** The word lists and code tables of the pattern files. */
  WordLists wordLists() {
    return words;
  }

  /** The rules in force for this sentence and those that fired. */
  RuleTrace rules() {
    return rules;
  }

  int size() {
    return children.size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /**
   * The lower-case lemma of token {@code i}; a plural noun the lemmatiser left as it is ("troops") loses its
   * plural "s" (rule plural-lemmas), so frames written for the singular match it.
   */
  String lemma(int i) {
    return lemmas[i];
  }

  private static String lemmaOf(Token t, boolean plurals, java.util.Set<String> unchanged) {
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    if (plurals && t.pos().equals("NNS") && lemma.length() > 3 && lemma.endsWith("s")
        && !unchanged.contains(lemma) && lemma.equalsIgnoreCase(t.word()) && !lemma.endsWith("ss")
        && !lemma.endsWith("us") && !lemma.endsWith("is")) {
      return lemma.substring(0, lemma.length() - 1);
    }
    return lemma;
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  List<Dependency> heads(int i) {
    return heads.get(i);
  }

  /** Dependents of {@code i} whose relation equals {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> dependents(int i, String rel) {
    List<Integer> out = new ArrayList<>(2);
    for (Dependency d : children.get(i)) {
      if (matches(d.relation(), rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Dependents of {@code i} whose relation is exactly {@code rel}. */
  List<Integer> exact(int i, String rel) {
    List<Integer> out = new ArrayList<>(2);
    for (Dependency d : children.get(i)) {
      if (d.relation().equals(rel)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** First dependent with exactly relation {@code rel}, or -1. */
  int first(int i, String rel) {
    for (Dependency d : children.get(i)) {
      if (d.relation().equals(rel)) {
        return d.dependent();
      }
    }
    return -1;
  }

  boolean hasChildLemma(int i, String rel, java.util.Set<String> lemmas) {
    for (Dependency d : children.get(i)) {
      if (matches(d.relation(), rel) && lemmas.contains(lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** The primary (first, non-enhanced where possible) head edge of {@code i}, or null at the root. */
  Dependency primaryHead(int i) {
    Dependency best = null;
    for (Dependency d : heads.get(i)) {
      if (d.governor() < 0) {
        return null;
      }
      if (best == null || isBasic(d.relation()) && !isBasic(best.relation())) {
        best = d;
      }
    }
    return best;
  }

  private static boolean isBasic(String rel) {
    return !rel.equals("ref") && !rel.endsWith(":xsubj") && !rel.startsWith("conj");
  }

  static boolean matches(String relation, String rel) {
    return relation.equals(rel) || relation.length() > rel.length() && relation.startsWith(rel)
        && relation.charAt(rel.length()) == ':';
  }

  /** The nearest verb above token {@code from} within {@code maxHops} primary heads, or -1. */
  int governingVerb(int from, int maxHops) {
    int at = from;
    for (int hops = 0; hops < maxHops; hops++) {
      Dependency h = primaryHead(at);
      if (h == null) {
        return -1;
      }
      at = h.governor();
      if (token(at).isVerb()) {
        return at;
      }
    }
    return -1;
  }
}
