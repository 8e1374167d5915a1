package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Dependency;
import org.vigil.model.Mode;

/**
 * Codes the events of one parsed sentence: finds verb and event-noun triggers, reads their frames and hands
 * drafts to the {@link EventWriter}. One instance per sentence; not thread-safe.
 */
final class SentenceCoder {
  /** "protested in Tbilisi, demanding elections": the participle elaborates the event it hangs from. */
  private static final Set<String> PARTICIPLE_LINKS = Set.of("advcl", "dep");
  /** The CAMEO code of claiming responsibility, whose target is that of the act claimed. */
  private static final String CLAIM = "015";
  private static final Set<String> KILL_LINKS = Set.of("advcl", "acl", "conj", "dep", "xcomp", "parataxis");

  private final PatternBook book;
  private final Graph g;
  private final Matcher matcher;
  private final Arguments args;
  private final EventWriter writer;
  private final EventContent content;

  SentenceCoder(PatternBook book, Graph g, EventWriter writer) {
    this.book = book;
    this.g = g;
    this.matcher = new Matcher(book, g);
    this.args = new Arguments(g, book.instruments());
    this.writer = writer;
    this.content = new EventContent(g, book, matcher);
  }

  void code() {
    for (int i = 0; i < g.size(); i++) {
      Pattern v = matcher.verb(i);
      if (v != null) {
        if (!skipVerb(i, v)) {
          verbEvent(i, v);
        }
        continue;
      }
      Pattern n = matcher.noun(i);
      Dependency h = new NounHeads(g, book).head(i);
      if (n != null && (h == null || !content.noun(h))) {
        nounEvent(i, n);
      }
    }
  }

  private boolean skipVerb(int v, Pattern p) {
    String lemma = g.lemma(v);
    if (new Warnings(g, book, matcher).ofOthers(v) || wrapsAnEvent(v, lemma)) {
      return true;
    }
    if (p.objects().isEmpty() && book.support().contains(lemma)) {
      for (Dependency d : g.children(v)) {
        boolean carried = d.relation().equals("obj") || d.relation().equals("obl:to")
            || d.relation().equals("obl:on");
        if (carried && matcher.noun(d.dependent()) != null) {
          return true;
        }
      }
    }
    Dependency head = g.primaryHead(v);
    if (head != null && g.token(v).pos().equals("VBG") && PARTICIPLE_LINKS.contains(Arguments.base(head.relation()))
        && head.governor() >= 0 && carriesEvent(head.governor())) {
      return true;
    }
    if (head != null && head.relation().equals("acl") && g.token(v).pos().equals("VBN")
        && g.dependents(v, "obl:agent").isEmpty()) {
      return true;
    }
    if (Casualties.isKilling(g, v) || Casualties.HARM_VERBS.contains(lemma)) {
      for (int c : g.dependents(v, "obl")) {
        if (matcher.noun(c) != null) {
          return true;
        }
      }
      Dependency h = g.primaryHead(v);
      if (h != null && KILL_LINKS.contains(Arguments.base(h.relation())) && carriesEvent(h.governor())) {
        return true;
      }
      if (elaboratesObjectOfEvent(v, h)) {
        return true;
      }
      for (int s : g.dependents(v, "nsubj")) {
        if (matcher.noun(s) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "struck a convoy in Waziristan, killing two soldiers": the parser hangs the participle on the struck object
   * (or a place inside it), but it tells the toll of the act on that object, not another act by it.
   */
  private boolean elaboratesObjectOfEvent(int v, Dependency h) {
    if (h == null || !g.token(v).pos().equals("VBG") || !Arguments.base(h.relation()).equals("acl")) {
      return false;
    }
    int at = h.governor();
    for (int hops = 0; hops < 3 && at >= 0; hops++) {
      Dependency up = g.primaryHead(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String rel = up.relation();
      if ((rel.equals("obj") || rel.equals("nsubj:pass")) && matcher.verb(up.governor()) != null) {
        return true;
      }
      at = up.governor();
    }
    return false;
  }

  /** The dead counted by a killing participle the parser hung on {@code v}'s object or a place in it, or null. */
  private Integer tollOnObject(int v) {
    for (int i = 0; i < g.size(); i++) {
      Dependency h = g.primaryHead(i);
      if (Casualties.isKilling(g, i) && elaboratesObjectOfEvent(i, h) && g.governingVerb(i, 4) == v) {
        return Casualties.count(g, Casualties.victims(g, i));
      }
    }
    return null;
  }

  /** A control or reporting verb whose complement carries the event: the complement codes it, shifted. */
  private boolean wrapsAnEvent(int v, String lemma) {
    String wrapKind = book.wrappers().get(lemma);
    List<Integer> complements = new ArrayList<>();
    if (wrapKind != null && !"hedge".equals(wrapKind) || book.reporters().containsKey(lemma)) {
      complements.addAll(g.dependents(v, "xcomp"));
      g.dependents(v, "obl:to").stream().filter(c -> g.token(c).pos().equals("VB")).forEach(complements::add);
    }
    if ("appeal".equals(wrapKind) || "demand".equals(wrapKind)) {
      complements.addAll(g.dependents(v, "ccomp").isEmpty() ? g.dependents(v, "advcl") : g.dependents(v, "ccomp"));
    }
    return complements.stream().anyMatch(this::carriesEvent);
  }

  private boolean carriesEvent(int i) {
    if (matcher.verb(i) != null || matcher.noun(i) != null) {
      return true;
    }
    if (book.support().contains(g.lemma(i))) {
      for (int o : g.dependents(i, "obj")) {
        if (matcher.noun(o) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private void verbEvent(int v, Pattern p) {
    String means = args.means(v);
    Clause cl = Clause.read(g, book, v, means == null ? p.code() : book.shift(means, p.code()));
    List<List<Integer>> targets = new ArrayList<>();
    List<Integer> sources = controlled(cl, args.verbSources(v), targets);
    String kind = book.wrappers().get(g.lemma(v));
    if ("appeal".equals(kind) || "demand".equals(kind)) {
      for (Dependency c : g.children(v)) {
        if (c.relation().equals("ccomp") || c.relation().startsWith("advcl") && !adverbial(c)) {
          targets.add(g.dependents(c.dependent(), "nsubj"));
        }
      }
    }
    targets.addAll(args.verbTargets(v, p));
    if (p.code().equals(CLAIM)) {
      targets.addAll(new ClaimedActs(g, matcher, args).targets(v));
    }
    targets.add(args.places(v));
    if (p.converse() && !args.exact(v, "obl:from").isEmpty()) {
      targets = new ArrayList<>(List.of(sources, List.of()));
      sources = args.exact(v, "obl:from");
    }
    Integer dead = null;
    int victims = -1;
    if (Casualties.isKilling(g, v)) {
      victims = Casualties.victims(g, v);
      dead = Casualties.count(g, victims);
    } else {
      for (Dependency d : g.children(v)) {
        if (KILL_LINKS.contains(Arguments.base(d.relation())) && Casualties.isKilling(g, d.dependent())) {
          victims = Casualties.victims(g, d.dependent());
          dead = Casualties.count(g, victims);
        }
      }
      dead = dead == null ? tollOnObject(v) : dead;
    }
    writer.write(new Draft(v, v, p, cl, sources, targets, dead, p.reciprocal(), true));
  }

  /**
   * The sources of a clause under a control verb ("urged Iran to release", "appealed to X to agree to a
   * ceasefire"): the controller's subject acts on those appealed to (with their conjuncts), who go first into
   * {@code targets}.
   */
  private List<Integer> controlled(Clause cl, List<Integer> own, List<List<Integer>> targets) {
    if (cl.targetHead() >= 0) {
      List<Integer> addressees = new ArrayList<>(List.of(cl.targetHead()));
      addressees.addAll(g.dependents(cl.targetHead(), "conj"));
      targets.add(addressees);
    }
    return cl.sourceClause() >= 0 && (own.isEmpty() || cl.targetHead() >= 0) ? args.verbSources(cl.sourceClause())
        : own;
  }

  private void nounEvent(int n, Pattern p) {
    Dependency h = new NounHeads(g, book).head(n);
    int carrier = -1;
    if (h != null && (h.relation().equals("obj") || h.relation().equals("nsubj:pass")
        || h.relation().equals("obl:to") || h.relation().equals("obl:on"))) {
      Pattern gp = matcher.verb(h.governor());
      if (gp != null && gp.objects().contains(g.lemma(n))) {
        return;
      }
      if (book.support().contains(g.lemma(h.governor())) && g.token(h.governor()).isVerb()) {
        carrier = h.governor();
      }
    }
    if (carrier < 0) {
      carrier = new NounHeads(g, book).gardenPathCarrier(n, h);
    }
    List<List<Integer>> targets = args.nounTargets(n);
    int victims = -1;
    Integer dead = null;
    List<Integer> agents = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    boolean harmed = false;
    for (Dependency d : g.heads(n)) {
      int gov = d.governor();
      boolean killing = gov >= 0 && Casualties.isKilling(g, gov);
      if (killing || gov >= 0 && Casualties.HARM_VERBS.contains(g.lemma(gov))) {
        victims = d.relation().equals("nsubj") ? Casualties.victims(g, gov) : g.first(gov, "nsubj:pass");
        dead = killing ? Casualties.count(g, victims) : dead;
        harmed |= victims >= 0;
        agents.addAll(g.dependents(gov, "obl:agent"));
        places.addAll(args.places(gov));
      }
    }
    if (victims >= 0) {
      targets.add(0, List.of(victims));
    }
    targets.add(places);
    if (carrier >= 0) {
      carriedNoun(n, carrier, p, targets, dead);
      return;
    }
    standaloneNoun(n, p, targets, dead, agents, harmed);
  }

  /** An event noun taken by a light verb ("launch an attack", "agree to a ceasefire"): the verb's frame. */
  private void carriedNoun(int n, int carrier, Pattern p, List<List<Integer>> own, Integer dead) {
    Clause cl = Clause.read(g, book, carrier, p.code());
    List<List<Integer>> targets = new ArrayList<>();
    List<Integer> sources = controlled(cl, args.verbSources(carrier), targets);
    targets.addAll(own);
    targets.addAll(args.verbTargets(carrier, p));
    targets.add(args.places(carrier));
    writer.write(new Draft(n, carrier, p, cl, sources, targets, dead, p.reciprocal(), true));
  }

  private void standaloneNoun(int n, Pattern p, List<List<Integer>> targets, Integer dead, List<Integer> agents,
      boolean harmed) {
    int verb = enclosingVerb(n);
    Clause cl = verb >= 0 ? Clause.read(g, book, verb, p.code()) : null;
    if (cl != null && cl.sourceClause() >= 0) {
      return; // under a pledge, threat, appeal, demand or refusal ("declined to renew its deal"): their content
    }
    Mode mode = cl == null ? Mode.ASSERTED : cl.mode();
    List<Integer> sources = new ArrayList<>();
    for (List<Integer> group : args.nounSources(n)) {
      sources.addAll(group);
    }
    sources.addAll(agents);
    List<Integer> between = JointParties.between(g, args, n);
    boolean recip = p.reciprocal();
    boolean joint = sources.isEmpty() && recip && JointParties.several(g, between);
    if (joint) {
      sources.addAll(between);
      targets = new ArrayList<>();
    }
    Dependency h = g.primaryHead(n);
    boolean agentive = false;
    if (h != null && h.governor() >= 0 && "agent".equals(book.wrappers().get(g.lemma(h.governor())))) {
      int gov = h.governor();
      sources = args.isPassive(gov) ? g.dependents(gov, "nsubj:pass") : g.dependents(gov, "nsubj");
      agentive = true;
      if (g.token(n).pos().equals("NNS") && g.hasChildLemma(gov, "aux", Set.of("have"))) {
        mode = mode == Mode.ASSERTED ? Mode.HISTORICAL : mode;
      }
    }
    Clause base = new Clause(p.code(), mode, -1, -1, cl == null ? -1 : cl.reporter(),
        cl == null ? null : cl.reportKind(), false, false, false);
    Draft d = new Draft(n, verb >= 0 ? verb : n, p, base, sources, targets, dead, p.reciprocal(), agentive);
    boolean pair = recip && sources.size() > 1 || joint;
    writer.writeNominal(d, agentive || dead != null || harmed, dead != null || harmed || pair);
  }

  private int enclosingVerb(int n) {
    return g.governingVerb(n, 6);
  }

  /**
   * A coded trigger before actors are resolved.
   *
   * @param trigger the verb or event noun
   * @param carrier the verb whose clause gives mode, date and subject (the trigger itself for verbs)
   * @param subjects true when the sources are syntactic subjects, which must name actors; false for the
   *     modifiers of a noun standing alone ("car bomb"), which drop out when they name none
   */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("as", "because", "since", "while",
      "when", "after", "before", "although", "though", "if", "unless", "until", "once", "whereas", "whether");

  /** An adverbial clause of time, cause or manner ("as it ran out of currency"), not the content of an appeal. */
  private boolean adverbial(Dependency c) {
    String rel = c.relation();
    if (rel.contains(":") && !rel.endsWith(":to")) {
      return true;
    }
    return g.hasChildLemma(c.dependent(), "mark", SUBORDINATORS);
  }

  record Draft(int trigger, int carrier, Pattern pattern, Clause clause, List<Integer> sources,
      List<List<Integer>> targets, Integer fatalities, boolean reciprocal, boolean subjects) {}
}
