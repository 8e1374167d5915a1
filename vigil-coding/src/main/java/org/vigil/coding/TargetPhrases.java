package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Dependency;

/**
 * Where a target hides deeper in a verb's phrases than its own arguments: whose a light-verb object is ("rejected
 * Kyiv's demand"), the recipient inside an amount object ("$5 billion in support to X", "89 million pounds in aid
 * for X"), the party obliques of an embedded clause ("denied that soldiers fought alongside separatists in X"),
 * whom an act is aimed at and the counterpart in the stated occasion of a force posture ("on alert amid tension
 * with X"). Stateless apart from the graph; not thread-safe.
 */
final class TargetPhrases {
  /** Relations that stay inside one noun phrase, also as the parser misattaches its pieces ("dep"). */
  private static final Set<String> PHRASE_INTERNAL = Set.of("nmod:in", "dep", "amod", "nummod");
  /** Obliques of an embedded clause that name a party beyond the usual target prepositions. */
  private static final Set<String> PARTY_OBLIQUES = Set.of("obl:alongside", "obl:for", "obl:out_of",
      "obl:toward", "obl:towards", "obl:upon", "obl:between", "obl:among", "obl:around", "obl:across", "obl:over",
      "obl:about", "obl:beside", "obl:behind");
  private static final int DEPTH = 3;

  private final Graph g;

  TargetPhrases(Graph g) {
    this.g = g;
  }

  /**
   * The targets an object or passive subject of {@code v} holds: the recipients in its phrase and, for a light-verb
   * frame, whose it is, whom its participle names, its compound, the "by" agent, whom it licenses and what it is
   * over ("lodged a complaint over the visit of a US delegation": whose visit).
   */
  void objectTargets(List<List<Integer>> out, int v, String rel, Pattern p, boolean passive) {
    for (int o : quantified(g.dependents(v, rel))) {
      for (int m : objectPhrase(o)) {
        nounTargetsOf(out, m);
      }
      if (rel.equals("obj") && !p.objects().isEmpty()) {
        Arguments.add(out, owners(o));
        Arguments.add(out, participleParties(o));
        Arguments.add(out, exact(o, "compound"));
        Arguments.add(out, passive ? List.of() : exact(v, "obl:by"));
        Arguments.add(out, licensees(o));
        Arguments.add(out, exact(o, "nmod:over"));
      }
    }
    for (int m : rel.equals("obj") ? objectInObliques(v) : List.<Integer>of()) {
      nounTargetsOf(out, m);
    }
  }

  private void nounTargetsOf(List<List<Integer>> out, int n) {
    for (String nrel : Arguments.NOUN_TARGETS) {
      Arguments.add(out, exact(n, nrel));
    }
  }

  /**
   * Whose the object of a light-verb frame is ("rejected Kyiv's demand", "attacked the EU's pact", "the Israeli
   * proposal", "expelled leaders of the Brotherhood", "accepted mediation by Brazil"): the one acted
   * upon or acting on the subject. Possessive pronouns are left out: they mostly name the actor itself. A compound
   * modifier ("expelled UN officials") is tried after these and the object's participle parties.
   */
  private List<Integer> owners(int o) {
    List<Integer> out = new ArrayList<>(2);
    for (String rel : List.of("nmod:poss", "nmod:of", "nmod:by")) {
      for (int m : exact(o, rel)) {
        if (!g.token(m).pos().equals("PRP$")) {
          out.add(m);
        }
      }
    }
    out.addAll(exact(o, "amod"));
    return out;
  }

  /** Whom a light-verb object lets or asks to act ("gave permission to Russia to help", "approval for X to buy"). */
  private List<Integer> licensees(int o) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : exact(o, "acl:to")) {
      out.addAll(exact(c, "nsubj"));
    }
    for (int c : exact(o, "acl")) {
      out.addAll(exact(c, "nsubj"));
    }
    return out;
  }

  /** The heads, with what a quantifier counts ("most of its sanctions": sanctions) added after it. */
  private List<Integer> quantified(List<Integer> heads) {
    List<Integer> out = new ArrayList<>(heads);
    for (int h : heads) {
      if (g.words("quantifiers").contains(g.lemma(h))) {
        out.addAll(exact(h, "nmod:of"));
      }
    }
    return out;
  }

  /**
   * The object {@code o} and the nouns its phrase holds ("an additional $5 billion in financial support": also
   * "support"), nearest first, at most three relations deep.
   */
  private List<Integer> objectPhrase(int o) {
    List<Integer> out = new ArrayList<>(List.of(o));
    List<Integer> depth = new ArrayList<>(List.of(0));
    for (int i = 0; i < out.size(); i++) {
      if (depth.get(i) >= DEPTH) {
        continue;
      }
      for (Dependency d : g.children(out.get(i))) {
        if (PHRASE_INTERNAL.contains(d.relation()) && !out.contains(d.dependent())) {
          out.add(d.dependent());
          depth.add(depth.get(i) + 1);
        }
      }
    }
    return out;
  }

  /**
   * What an amount object of {@code v} is given in, when the parser hung it on the verb ("pledged 89 million
   * pounds in aid for Sudan"): its "in" obliques that name no place; empty when {@code v} has no object.
   */
  private List<Integer> objectInObliques(int v) {
    if (g.dependents(v, "obj").isEmpty()) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : g.children(v)) {
      if (d.relation().equals("obl:in") && g.token(d.dependent()).ner().equals("O")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * The party obliques of embedded clause {@code c} beyond the usual target prepositions ("fighting alongside
   * separatists", "pull out of negotiations"), in sentence order.
   */
  List<Integer> embeddedParties(int c, List<String> usual) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : g.children(c)) {
      String r = d.relation();
      if (PARTY_OBLIQUES.contains(r) && !usual.contains(r)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * The parties a participle relates object {@code o} to ("diplomats working at the Russian embassy", "tankers
   * linked to Iran"): the "at", "to", "for" and "by" obliques of its participle modifiers.
   */
  private List<Integer> participleParties(int o) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : g.children(o)) {
      String pos = g.token(d.dependent()).pos();
      boolean participle = pos.equals("VBN") || pos.equals("VBG");
      if (participle && (d.relation().equals("acl") || d.relation().equals("amod"))) {
        for (String rel : List.of("obl:at", "obl:to", "obl:for", "obl:by", "obl:agent")) {
          out.addAll(g.dependents(d.dependent(), rel));
        }
      }
    }
    return out;
  }

  /**
   * Whom the act is said to be aimed at, in a summary of it ("..., a step widely seen as aimed at China",
   * "measures aimed at Russia", "a move targeting Iran"): the "at" oblique or object of an aim/target/direct
   * participle under the act's object or a summary noun of verb {@code v}.
   */
  List<Integer> aims(int v) {
    List<Integer> tops = new ArrayList<>(g.dependents(v, "obl:npmod"));
    for (int o : g.dependents(v, "obj")) {
      tops.add(o);
      tops.addAll(g.dependents(o, "appos"));
    }
    List<Integer> out = new ArrayList<>(1);
    for (int top : tops) {
      aimsBelow(top, 0, out);
    }
    return out;
  }

  private void aimsBelow(int at, int depth, List<Integer> out) {
    for (Dependency d : g.children(at)) {
      int c = d.dependent();
      boolean clause = d.relation().equals("acl") || d.relation().startsWith("advcl")
          || d.relation().equals("xcomp");
      if (!clause || !g.token(c).isVerb()) {
        continue;
      }
      if (g.words("aim-verbs").contains(g.lemma(c))) {
        out.addAll(g.dependents(c, "obl:at"));
        out.addAll(g.dependents(c, "obj"));
      } else if (depth < 2) {
        aimsBelow(c, depth + 1, out);
      }
    }
  }

  /**
   * The stated occasion of a force posture at verb {@code v}: "amid" obliques and what "ahead of"
   * names ("on alert amid tension with Beijing", "ahead of an expected Iranian attack").
   */
  List<Integer> occasions(int v) {
    List<Integer> out = new ArrayList<>(g.dependents(v, "obl:amid"));
    out.addAll(g.dependents(v, "obl:ahead_of"));
    for (int a : g.dependents(v, "advmod")) {
      if (g.lemma(a).equals("ahead")) {
        out.addAll(g.dependents(a, "obl:of"));
      }
    }
    return out;
  }

  private List<Integer> exact(int i, String rel) {
    return g.exact(i, rel);
  }

}
