package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Dependency;
import org.vigil.model.Mode;

/**
 * The ROLES phase: reads who acts on whom for each {@link Candidate} (subjects, objects and obliques of its verb,
 * the modifiers of an event noun, the addressees of an appeal, the parties "between" a joint act) and the clause
 * above it, and hands the {@link Draft} to the {@link EventWriter}. One instance per sentence; not thread-safe.
 */
final class RoleReader {
  /** The CAMEO code of claiming responsibility, whose target is that of the act claimed. */
  private static final String CLAIM = "015";

  private final PatternBook book;
  private final Graph g;
  private final Matcher matcher;
  private final Arguments args;
  private final EventWriter writer;
  private final RuleTrace rules;

  RoleReader(PatternBook book, Graph g, Matcher matcher, EventWriter writer) {
    this.book = book;
    this.g = g;
    this.matcher = matcher;
    this.args = new Arguments(g, book.instruments());
    this.writer = writer;
    this.rules = g.rules();
  }

  /** Reads the roles of {@code c} and writes its events. */
  void read(Candidate c) {
    if (c.verb()) {
      verbEvent(c.trigger(), c.pattern(), new SpeechActs(book, g, matcher).targets(c));
    } else {
      nounEvent(c.trigger(), c.pattern());
    }
  }

  /** The dead counted by a killing participle the parser hung on {@code v}'s object or a place in it, or null. */
  private Integer tollOnObject(int v) {
    for (int i = 0; i < g.size(); i++) {
      Dependency h = g.primaryHead(i);
      if (Casualties.isKilling(g, i) && CandidateFinder.elaboratesObjectOfEvent(g, matcher, i, h)
          && g.governingVerb(i, 4) == v) {
        return Casualties.count(g, Casualties.victims(g, i));
      }
    }
    return null;
  }

  /** {@code first}: target groups tried before the verb's own (those of a speech act's content). */
  private void verbEvent(int v, Pattern p, List<List<Integer>> first) {
    String means = args.means(v);
    boolean shifted = rules.applies(CoderRule.MEANS_SHIFT, means != null && !book.shift(means, p.code()).equals(p.code()));
    Clause cl = Clause.read(g, book, v, shifted ? book.shift(means, p.code()) : p.code());
    List<List<Integer>> targets = new ArrayList<>(first);
    List<Integer> sources = controlled(cl, args.verbSources(v), targets);
    String kind = book.wrappers().get(g.lemma(v));
    if (("appeal".equals(kind) || "demand".equals(kind)) && rules.on(CoderRule.APPEAL_CLAUSE_SUBJECTS)) {
      for (Dependency c : g.children(v)) {
        if (c.relation().equals("ccomp") || c.relation().startsWith("advcl") && !adverbial(c)) {
          List<Integer> subjects = g.dependents(c.dependent(), "nsubj");
          targets.add(subjects);
          rules.applies(CoderRule.APPEAL_CLAUSE_SUBJECTS, !subjects.isEmpty());
        }
      }
    }
    targets.addAll(args.verbTargets(v, p));
    if (p.code().equals(CLAIM) && rules.on(CoderRule.CLAIMED_ACT_TARGETS)) {
      List<List<Integer>> claimed = new ClaimedActs(g, matcher, args).targets(v);
      rules.applies(CoderRule.CLAIMED_ACT_TARGETS, !claimed.isEmpty());
      targets.addAll(claimed);
    }
    targets.add(args.places(v));
    if (rules.applies(CoderRule.CONVERSE_FROM, p.converse() && !args.exact(v, "obl:from").isEmpty())) {
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
        if (CandidateFinder.KILL_LINKS.contains(Arguments.base(d.relation())) && Casualties.isKilling(g, d.dependent())) {
          victims = Casualties.victims(g, d.dependent());
          dead = Casualties.count(g, victims);
        }
      }
      dead = dead == null ? tollOnObject(v) : dead;
    }
    boolean recip = p.reciprocal() || rules.applies(CoderRule.EACH_OTHER, JointParties.eachOther(g, v));
    writer.write(new Draft(v, v, p, cl, sources, targets, dead, recip, true));
  }

  /**
   * The sources of a clause under a control verb ("urged Iran to release", "appealed to X to agree to a
   * ceasefire"): the controller's subject acts on those appealed to (with their conjuncts), who go first into
   * {@code targets}.
   */
  private List<Integer> controlled(Clause cl, List<Integer> own, List<List<Integer>> targets) {
    if (rules.applies(CoderRule.CONTROL_ADDRESSEES, cl.targetHead() >= 0)) {
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
      if (book.support().contains(g.lemma(h.governor())) && g.token(h.governor()).isVerb()) {
        carrier = h.governor();
      }
    }
    if (carrier < 0 && rules.on(CoderRule.GARDEN_PATH_CARRIER)) {
      carrier = new NounHeads(g, book).gardenPathCarrier(n, h);
      rules.applies(CoderRule.GARDEN_PATH_CARRIER, carrier >= 0);
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
      if (!killing && (gov < 0 || !Casualties.isHarm(g, gov))) {
        continue;
      }
      agents.addAll(g.dependents(gov, "obl:agent"));
      places.addAll(args.places(gov));
      if (killing && dead == null || victims < 0) {
        victims = d.relation().equals("nsubj") ? Casualties.victims(g, gov) : g.first(gov, "nsubj:pass");
        boolean intransitive = d.relation().startsWith("obl") && g.exact(gov, "obj").isEmpty();
        victims = victims < 0 && intransitive ? g.first(gov, "nsubj") : victims;
        dead = killing ? Casualties.count(g, victims) : dead;
        harmed |= victims >= 0;
      }
    }
    if (victims >= 0) {
      targets.add(0, List.of(victims));
    }
    List<Integer> with = g.exact(n, "nmod:with");
    if (rules.applies(CoderRule.CLASH_VICTIMS, p.reciprocal() && victims >= 0 && !with.isEmpty()
        && !namedSource(n) && !with.contains(victims))) {
      agents.addAll(with);
      agents.add(victims);
    }
    targets.add(places);
    if (carrier >= 0) {
      carriedNoun(n, carrier, p, targets, dead);
      return;
    }
    standaloneNoun(n, p, targets, dead, agents, harmed);
  }

  /** A modifier of event noun {@code n} that may name its doer (not a plain adjective: "new clashes"). */
  private boolean namedSource(int n) {
    return args.nounSources(n).stream().flatMap(List::stream)
        .anyMatch(h -> !g.token(h).pos().startsWith("JJ") || !g.token(h).ner().equals("O"));
  }

  /** An event noun taken by a light verb ("launch an attack", "agree to a ceasefire"): the verb's frame. */
  private void carriedNoun(int n, int carrier, Pattern p, List<List<Integer>> own, Integer dead) {
    Clause cl = Clause.read(g, book, carrier, p.code());
    List<List<Integer>> targets = new ArrayList<>();
    List<Integer> sources = controlled(cl, args.verbSources(carrier), targets);
    if (rules.applies(CoderRule.CROWD_OF_ACT, sources.isEmpty() && CrowdActs.occurred(g, n))) {
      sources = List.of(n);
    }
    targets.addAll(own);
    targets.addAll(args.verbTargets(carrier, p));
    targets.add(args.places(carrier));
    writer.write(new Draft(n, carrier, p, cl, sources, targets, dead, p.reciprocal(), true));
  }

  private void standaloneNoun(int n, Pattern p, List<List<Integer>> targets, Integer dead, List<Integer> agents,
      boolean harmed) {
    int verb = enclosingVerb(n);
    Clause cl = verb >= 0 ? Clause.read(g, book, verb, p.code()) : null;
    if (rules.applies(CoderRule.WRAPPED_NOUN, cl != null && cl.sourceClause() >= 0)) {
      return;
    }
    Mode mode = cl == null ? Mode.ASSERTED : cl.mode();
    List<Integer> sources = new ArrayList<>();
    for (List<Integer> group : args.nounSources(n)) {
      sources.addAll(group);
    }
    sources.addAll(agents);
    List<Integer> between = JointParties.between(g, args, n);
    boolean recip = p.reciprocal();
    boolean joint = rules.applies(CoderRule.JOINT_PARTIES, sources.isEmpty() && recip && JointParties.several(g, between));
    if (joint) {
      sources.addAll(between);
      targets = new ArrayList<>();
    }
    Dependency h = g.primaryHead(n);
    boolean agentive = false;
    if (rules.applies(CoderRule.AGENTIVE_NOUN, h != null && h.governor() >= 0
        && "agent".equals(book.wrappers().get(g.lemma(h.governor()))))) {
      int gov = h.governor();
      sources = args.isPassive(gov) ? g.dependents(gov, "nsubj:pass") : g.dependents(gov, "nsubj");
      agentive = true;
      boolean record = mode == Mode.ASSERTED && g.token(n).pos().equals("NNS")
          && g.hasChildLemma(gov, "aux", Set.of("have"));
      mode = rules.applies(CoderRule.AGENTIVE_PERFECT_HISTORICAL, record) ? Mode.HISTORICAL : mode;
    }
    boolean crowd = rules.applies(CoderRule.CROWD_OF_ACT, sources.isEmpty() && CrowdActs.occurred(g, n));
    if (crowd) {
      sources.add(n);
    }
    Clause base = new Clause(p.code(), mode, -1, -1, cl == null ? -1 : cl.reporter(),
        cl == null ? null : cl.reportKind(), false, false, false);
    Draft d = new Draft(n, verb >= 0 ? verb : n, p, base, sources, targets, dead, p.reciprocal(), agentive);
    boolean pair = recip && sources.size() > 1 || joint;
    writer.writeNominal(d, agentive || dead != null || harmed || crowd, dead != null || harmed || pair || crowd);
  }

  private int enclosingVerb(int n) {
    return g.governingVerb(n, 6);
  }

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

  /**
   * A coded trigger before actors are resolved.
   *
   * @param trigger the verb or event noun
   * @param carrier the verb whose clause gives mode, date and subject (the trigger itself for verbs)
   * @param subjects true when the sources are syntactic subjects, which must name actors; false for the
   *     modifiers of a noun standing alone ("car bomb"), which drop out when they name none
   */
  record Draft(int trigger, int carrier, Pattern pattern, Clause clause, List<Integer> sources,
      List<List<Integer>> targets, Integer fatalities, boolean reciprocal, boolean subjects) {}
}
