package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Dependency;

/**
 * Finds the source and target heads of a trigger in the dependency graph: subjects, passive agents, objects and
 * the "against"/"on"/"with"/"to" obliques of verbs; possessors, "by" agents and prepositional arguments of event
 * nouns. Stateless apart from the graph; not thread-safe.
 */
final class Arguments {
  /** What a talk is about, never its partner ("discussed the war in Gaza", "negotiated over the border"). */
  private static final Set<String> TOPIC_RELS = Set.of("obj", "obl:on", "obl:over", "obl:about", "obl:of");
  static final List<String> VERB_TARGETS = List.of("obj", "nsubj:pass", "iobj", "obl:against", "obl:on", "obl:upon",
      "obl:with", "obl:to", "obl:at", "obl:toward", "obl:towards", "obl:into", "obl:over", "obl:for",
      "obl:from", "obl:around", "obl:near", "obl:off", "obl:of", "obl:about");
  static final List<String> NOUN_TARGETS = List.of("nmod:on", "nmod:against", "nmod:upon", "nmod:with",
      "nmod:to", "nmod:between", "nmod:toward", "nmod:towards", "nmod:at", "nmod:for", "nmod:from", "nmod:into",
      "nmod:around", "nmod:near");
  private static final List<String> NOUN_SOURCES = List.of("nmod:poss", "nmod:by", "nmod:agent", "amod",
      "compound", "nmod:from");
  private static final List<String> EMBEDDED_TARGETS = List.of("obl:to", "obl:against", "obl:on", "obl:with",
      "obl:from", "obl:of", "obl:into");
  private static final List<String> PLACE_RELS = List.of("obl:in", "obl:at", "obl:near", "obl:outside", "obl:across",
      "obl:throughout", "obl:through");
  private static final Set<String> CLAUSE_UP = Set.of("xcomp", "conj", "advcl", "ccomp", "acl", "parataxis", "dep");

  private final Graph g;
  private final TargetPhrases phrases;
  private final java.util.Map<String, String> instruments;

  Arguments(Graph g) {
    this(g, java.util.Map.of());
  }

  /** Arguments that know the means of attack ({@link PatternBook#instruments()}) among passive agents. */
  Arguments(Graph g, java.util.Map<String, String> instruments) {
    this.g = g;
    this.phrases = new TargetPhrases(g);
    this.instruments = instruments;
  }

  boolean isPassive(int v) {
    for (Dependency d : g.children(v)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The "by" agents of passive verb {@code v}; a means of attack ("blown up by a missile") stands for its owner
   * when a modifier names one ("an Iranian-made drone", "Russia's missiles"), else for nobody known (no agent:
   * the fallbacks of {@link #verbSources} apply).
   */
  private List<Integer> agents(int v) {
    List<Integer> out = new ArrayList<>(1);
    for (int a : g.dependents(v, "obl:agent")) {
      if (!instruments.containsKey(g.lemma(a))) {
        out.add(a);
        continue;
      }
      for (int m : exact(a, "nmod:poss")) {
        out.add(m);
      }
      for (int m : exact(a, "amod")) {
        String ner = g.token(m).ner();
        if (ner.equals("MISC") || ner.equals("NATIONALITY") || ner.equals("LOCATION")) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The kind of means of attack named as the "by" agent of passive verb {@code v} or as its subject, or null. */
  String means(int v) {
    List<Integer> doers = new ArrayList<>(g.dependents(v, "obl:agent"));
    doers.addAll(exact(v, "nsubj"));
    for (int a : doers) {
      String kind = instruments.get(g.lemma(a));
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  /** Subject heads of verb {@code v}: passive agents for a passive verb, else subjects, inherited when missing. */
  List<Integer> verbSources(int v) {
    List<Integer> out = isPassive(v) ? agents(v) : subjects(v);
    if (out.isEmpty() && isPassive(v)) {
      List<Integer> misattached = misattachedAgents(v);
      return misattached.isEmpty() ? instrumentOwners(v) : misattached;
    }
    int at = v;
    for (int hops = 0; out.isEmpty() && hops < 4 && !isPassive(at); hops++) {
      Dependency h = g.primaryHead(at);
      if (h == null || !CLAUSE_UP.contains(base(h.relation()))) {
        break;
      }
      at = h.governor();
      if (g.token(at).pos().startsWith("W")) {
        Dependency antecedent = g.primaryHead(at);
        return antecedent == null ? List.of() : List.of(antecedent.governor());
      }
      if (!g.token(at).isVerb()) {
        boolean active = h.relation().equals("acl") && g.token(v).pos().equals("VBG");
        return active ? List.of(at) : List.of();
      }
      out = subjects(at);
    }
    return out;
  }

  /**
   * "was supplied with tanks by Poland": the parser often hangs a passive's "by" phrase on the oblique before it;
   * it is still the agent of the verb.
   */
  private List<Integer> misattachedAgents(int v) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : g.children(v)) {
      if (d.relation().startsWith("obl:") && !d.relation().equals("obl:agent")) {
        out.addAll(exact(d.dependent(), "nmod:by"));
      }
    }
    return out;
  }

  /** "killed in Israeli shelling": a passive act without agent, done with a national actor's means. */
  private List<Integer> instrumentOwners(int v) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : exact(v, "obl:from")) {
      if (g.token(c).ner().equals("LOCATION")) {
        out.add(c);
      }
    }
    for (int c : exact(v, "obl:in")) {
      for (int a : exact(c, "amod")) {
        String ner = g.token(a).ner();
        if (g.token(a).pos().equals("JJ") && (ner.equals("MISC") || ner.equals("NATIONALITY")
            || ner.equals("LOCATION"))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private List<Integer> subjects(int v) {
    List<Integer> out = new ArrayList<>(2);
    for (Dependency d : g.children(v)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("csubj")) {
        if (!out.contains(d.dependent())) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /** Candidate target heads of verb {@code v}, grouped by relation in order of preference. */
  List<List<Integer>> verbTargets(int v, Pattern p) {
    List<List<Integer>> out = new ArrayList<>();
    for (String t : p.targets()) {
      add(out, g.dependents(v, t.equals("obj") ? "obj" : "obl:" + t));
    }
    if (isPassive(v)) {
      add(out, exact(v, "nsubj:pass"));
    }
    Dependency h = g.primaryHead(v);
    if (h != null && h.relation().equals("acl") && g.token(v).pos().equals("VBN")) {
      add(out, List.of(h.governor()));
    }
    for (String rel : VERB_TARGETS) {
      if (p.topic() && TOPIC_RELS.contains(rel)) {
        continue;
      }
      if (rel.equals("obj") && p.objects().isEmpty()) {
        add(out, exact(v, rel));
      }
      if (rel.equals("obj") || rel.equals("nsubj:pass")) {
        phrases.objectTargets(out, v, rel, p, isPassive(v));
        continue;
      }
      add(out, exact(v, rel));
    }
    for (Dependency d : g.children(v)) {
      if (!p.topic() && (d.relation().equals("xcomp") || d.relation().equals("ccomp"))) {
        embeddedTargets(out, d.dependent(), d.relation().equals("ccomp"));
      }
    }
    add(out, phrases.aims(v));
    if (p.code().startsWith("15")) {
      add(out, phrases.occasions(v));
    }
    return out;
  }

  /**
   * The parties of an embedded clause {@code c}: its subject and object, target obliques and other parties; the
   * place of a {@code finite} clause ("denied that its troops fired in Mali"), not of a control complement.
   */
  private void embeddedTargets(List<List<Integer>> out, int c, boolean finite) {
    add(out, exact(c, "nsubj"));
    add(out, exact(c, "obj"));
    for (String rel : EMBEDDED_TARGETS) {
      add(out, exact(c, rel));
    }
    add(out, phrases.embeddedParties(c, EMBEDDED_TARGETS));
    add(out, finite ? places(c) : List.of());
  }

  /** Places named as where the act happened ("exercises in Alaska"), the target of last resort. */
  List<Integer> places(int v) {
    List<Integer> out = new ArrayList<>(1);
    for (String rel : PLACE_RELS) {
      out.addAll(exact(v, rel));
    }
    for (int o : exact(v, "obj")) {
      out.addAll(exact(o, "nmod:in"));
    }
    return out;
  }

  /** Candidate source heads inside an event noun's own phrase. */
  List<List<Integer>> nounSources(int n) {
    List<List<Integer>> out = new ArrayList<>();
    for (String rel : NOUN_SOURCES) {
      add(out, exact(n, rel));
    }
    return out;
  }

  /** Candidate target heads of event noun {@code n}, one hop further through "of" ("cessation of X against"). */
  List<List<Integer>> nounTargets(int n) {
    List<List<Integer>> out = new ArrayList<>();
    for (String rel : NOUN_TARGETS) {
      add(out, exact(n, rel));
    }
    for (int of : exact(n, "nmod:of")) {
      for (String rel : NOUN_TARGETS) {
        add(out, exact(of, rel));
      }
    }
    add(out, exact(n, "nmod:of"));
    for (int acl : exact(n, "acl")) {
      add(out, exact(acl, "obj"));
      add(out, exact(acl, "obl:agent"));
      add(out, exact(acl, "obl:in"));
    }
    return out;
  }

  List<Integer> exact(int i, String rel) {
    return g.exact(i, rel);
  }

  /** Adds {@code heads} to {@code out} as one argument group unless empty. */
  static void add(List<List<Integer>> out, List<Integer> heads) {
    if (!heads.isEmpty()) {
      out.add(heads);
    }
  }

  static String base(String rel) {
    int c = rel.indexOf(':');
    return c < 0 ? rel : rel.substring(0, c);
  }
}
