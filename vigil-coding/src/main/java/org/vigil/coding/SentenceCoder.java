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
  /** Prepositions that name what an event is about or answers. */
  private static final Set<String> ABOUT = Set.of("over", "into", "for", "about", "against", "regarding",
      "concerning", "in_response_to", "in_retaliation_for", "in_protest_at", "in_protest_against");
  /** Of these, the ones that make any noun's event noun its topic ("a mission into the crackdown"). */
  private static final Set<String> TOPIC = Set.of("into", "over", "about", "regarding", "concerning");
  private static final Set<String> KILL_LINKS = Set.of("advcl", "acl", "conj", "dep", "xcomp", "parataxis");

  private final PatternBook book;
  private final Graph g;
  private final Matcher matcher;
  private final Arguments args;
  private final EventWriter writer;

  SentenceCoder(PatternBook book, Graph g, EventWriter writer) {
    this.book = book;
    this.g = g;
    this.matcher = new Matcher(book, g);
    this.args = new Arguments(g, book.instruments());
    this.writer = writer;
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
      if (n != null) {
        nounEvent(i, n);
      }
    }
  }

  private boolean skipVerb(int v, Pattern p) {
    String lemma = g.lemma(v);
    if (new Warnings(g, book, matcher).ofOthers(v)) {
      return true;
    }
    if (book.wrappers().containsKey(lemma) && !"hedge".equals(book.wrappers().get(lemma))
        || book.reporters().containsKey(lemma)) {
      for (int c : g.dependents(v, "xcomp")) {
        if (carriesEvent(c)) {
          return true;
        }
      }
    }
    String wrapKind = book.wrappers().get(lemma);
    if ("appeal".equals(wrapKind) || "demand".equals(wrapKind)) {
      for (int c : g.dependents(v, "ccomp").isEmpty() ? g.dependents(v, "advcl") : g.dependents(v, "ccomp")) {
        if (carriesEvent(c)) {
          return true;
        }
      }
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
      for (int s : g.dependents(v, "nsubj")) {
        if (matcher.noun(s) != null) {
          return true;
        }
      }
    }
    return false;
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
      targets.addAll(claimedAct(v));
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
    }
    writer.write(new Draft(v, v, p, cl, sources, targets, dead, p.reciprocal(), true));
  }

  /**
   * Who and where the act claimed is ("claimed responsibility for an attack on X", "... for an attack at a mall in
   * Nairobi"): a claim of responsibility is directed at the claimed act's target, else at the country where the
   * act happened.
   */
  private List<List<Integer>> claimedAct(int v) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> acts = new ArrayList<>(g.dependents(v, "obl:for"));
    for (int o : g.dependents(v, "obj")) {
      acts.addAll(g.dependents(o, "nmod:for"));
    }
    for (int n : acts) {
      if (matcher.noun(n) == null) {
        continue;
      }
      for (Dependency h : g.heads(n)) {
        if (h.relation().equals("nsubj") && h.governor() >= 0 && Casualties.isKilling(g, h.governor())) {
          int victims = Casualties.victims(g, h.governor());
          if (victims >= 0) {
            out.add(List.of(victims));
          }
        }
      }
      out.addAll(args.nounTargets(n));
      List<Integer> where = new ArrayList<>(args.places(n));
      where.addAll(args.exact(n, "nmod:in"));
      where.addAll(args.exact(n, "nmod:at"));
      for (int acl : args.exact(n, "acl")) {
        where.addAll(args.places(acl));
      }
      if (!where.isEmpty()) {
        out.add(where);
      }
    }
    return out;
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
    Dependency h = nounHead(n);
    if (h != null && about(h)) {
      return;
    }
    int carrier = -1;
    if (h != null && (h.relation().equals("obj") || h.relation().equals("nsubj:pass")
        || h.relation().equals("obl:to") || h.relation().equals("obl:on"))) {
      Pattern gp = matcher.verb(h.governor());
      boolean support = book.support().contains(g.lemma(h.governor())) && g.token(h.governor()).isVerb();
      if (gp != null && (gp.objects().contains(g.lemma(n)) || !support && takenAsContent(h))) {
        return;
      }
      if (support) {
        carrier = h.governor();
      }
    }
    if (carrier < 0) {
      carrier = gardenPathCarrier(n, h);
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

  /**
   * An event noun that says what another event is about or answers ("sanctions over drone deliveries", "an inquiry
   * into war crimes", "retaliated for the strike") is that event's content or stated reason, not coded on its own.
   */
  private boolean about(Dependency h) {
    int gov = h.governor();
    String rel = h.relation();
    int colon = rel.indexOf(':');
    if (gov < 0 || colon < 0 || !ABOUT.contains(rel.substring(colon + 1))) {
      return false;
    }
    if (rel.startsWith("nmod")) {
      return TOPIC.contains(rel.substring(colon + 1)) || matcher.noun(gov) != null;
    }
    boolean harm = Casualties.isKilling(g, gov) || Casualties.HARM_VERBS.contains(g.lemma(gov));
    return rel.startsWith("obl") && !harm && carriesEvent(gov);
  }

  /**
   * An event noun that another coded verb takes as its object ("turned down Ukraine's request", "welcomed the
   * deal") is what that event is about, not an act of its own.
   */
  private static boolean takenAsContent(Dependency h) {
    return h.relation().equals("obj") || h.relation().equals("nsubj:pass");
  }

  /**
   * The light verb an event noun really is the object of when the parser read a reduced relative after it as a
   * clause ("issued arrest warrants for two men sought in ...": "warrants" made the subject of "sought", a
   * complement of "issued"); -1 when the noun is no such misread object.
   */
  private int gardenPathCarrier(int n, Dependency h) {
    if (h == null || !h.relation().equals("nsubj") || h.governor() < 0) {
      return -1;
    }
    Dependency up = g.primaryHead(h.governor());
    if (up == null || !up.relation().equals("ccomp") || up.governor() < 0 || up.governor() > n) {
      return -1;
    }
    int verb = up.governor();
    String lemma = g.lemma(verb);
    boolean light = book.support().contains(lemma) && !book.reporters().containsKey(lemma)
        && g.token(verb).isVerb() && g.dependents(verb, "obj").isEmpty();
    return light && g.dependents(h.governor(), "mark").isEmpty() ? verb : -1;
  }

  /** The head edge of an event noun, lifted over a quantifier that counts it ("most of its sanctions"). */
  private Dependency nounHead(int n) {
    Dependency h = g.primaryHead(n);
    if (h != null && h.relation().equals("nmod:of") && Matcher.QUANTIFIERS.contains(g.lemma(h.governor()))) {
      Dependency up = g.primaryHead(h.governor());
      h = up == null ? h : new Dependency(up.governor(), n, up.relation());
    }
    return h;
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
    List<Integer> between = args.exact(n, "nmod:between");
    boolean recip = p.reciprocal();
    if (sources.isEmpty() && recip && between.size() > 1) {
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
    boolean pair = recip && sources.size() > 1;
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
