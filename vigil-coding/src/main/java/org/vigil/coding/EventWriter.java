package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.model.ActorRef;
import org.vigil.model.CameoCode;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;

/**
 * Turns drafts into events: resolves actors (ROLES), settles type and mode ({@link ModeSettler},
 * {@link ForceCodes}), pairs compound and reciprocal actors, adds the accusation a claim implies, and emits each
 * event with the names of the rules that shaped it. One instance per sentence; not thread-safe.
 */
final class EventWriter {
  private final PatternBook book;
  private final Ontology ontology;
  private final ActorFinder actors;
  private final Graph g;
  private final String articleId;
  private final LocalDate articleDate;
  private final List<Event> out;
  private final RuleTrace rules;
  private final ModeSettler modes;
  private final Guards guards;
  private final int first;

  EventWriter(PatternBook book, Ontology ontology, ActorFinder actors, Graph g, String articleId,
      LocalDate articleDate, List<Event> out) {
    this.book = book;
    this.ontology = ontology;
    this.actors = actors;
    this.g = g;
    this.articleId = articleId;
    this.articleDate = articleDate;
    this.out = out;
    this.first = out.size();
    this.rules = g.rules();
    this.modes = new ModeSettler(book, g, articleDate);
    this.guards = new Guards(g);
  }

  /** A writer for the same sentence whose events go to a list of their own (to probe roles without emitting). */
  EventWriter scratch() {
    return new EventWriter(book, ontology, actors, g, articleId, articleDate, new ArrayList<>());
  }

  /** How many events this writer has emitted for its sentence so far. */
  int emitted() {
    return out.size() - first;
  }

  void write(RoleReader.Draft d) {
    emit(d, false, false);
  }

  /** A noun event standing alone needs a known actor, or {@code anchored} evidence that it happened. */
  void writeNominal(RoleReader.Draft d, boolean anchored, boolean happened) {
    emit(d, !anchored, !happened);
  }

  private void emit(RoleReader.Draft d, boolean needSource, boolean needTarget) {
    if (d.subjects() && guards.standingPosition(d.carrier())) {
      return;
    }
    Actors a = new Actors(actors, g, book);
    List<ActorRef> sides = d.sources().size() == 1 && BothSides.names(g, d.sources().get(0))
        ? BothSides.before(out, g.sentence().index()) : List.of();
    boolean both = rules.applies(CoderRule.BOTH_SIDES, !sides.isEmpty());
    List<ActorRef> sources = both ? sides : d.subjects() ? a.sources(d.sources()) : a.candidates(d.sources());
    if (sources == null) {
      return;
    }
    List<ActorRef> targets = a.targets(d.targets(), d.pattern().code().startsWith("04"), sources);
    targets = SectorCountries.apart(targets, sources);
    sources = SectorCountries.apart(sources, targets);
    targets = a.atHome(targets, sources);
    if (both && targets.isEmpty() && !d.reciprocal()) {
      d = new RoleReader.Draft(d.trigger(), d.carrier(), d.pattern(), d.clause(), d.sources(), d.targets(),
          d.fatalities(), true, d.subjects());
    }
    boolean placeOnly = a.targetIsPlace();
    if (needSource && sources.stream().allMatch(ActorRef::isUnresolved) || needTarget && targets.isEmpty()) {
      return;
    }
    if (sources.isEmpty()) {
      sources = List.of(ActorFinder.unknown(""));
    }
    ActorRef claimant = d.clause().reporter() >= 0 ? a.claimant(d.clause().reporter()) : null;
    if (d.subjects()) {
      sources = ReportedSides.speakersOwn(g, d.sources(), sources, claimant);
    }
    ModeSettler.Settled settled = modes.settle(d, claimant, sources);
    String code = settled.code();
    Mode mode = settled.mode();
    LocalDate date = Timing.date(g, d.carrier(), articleDate);
    Emission e = new Emission(d, code, mode, claimant, date, located(d), placeOnly);
    if (rules.applies(CoderRule.MUTUAL_ACT, sources.size() > 1 && (targets.isEmpty() || placeOnly)
        && code.startsWith("08"))) {
      mutual(e, sources);
      return;
    }
    pairs(e, sources, targets);
  }

  /** An event on its way out; {@code placeTarget} when its target is only the place where it happened. */
  private record Emission(RoleReader.Draft d, String code, Mode mode, ActorRef claimant, LocalDate date,
      boolean located, boolean placeTarget) {}

  /**
   * The act's clause names where it happened ("gunmen attacked hotels in Mumbai"), or its actor where it sits ("a
   * court in Kisumu"): an event between actors no
   * dictionary places may still get its target from that place after geocoding (see {@link PlaceTargets}).
   */
  private boolean located(RoleReader.Draft d) {
    Arguments args = new Arguments(g);
    boolean sourcePlaced = d.sources().stream().anyMatch(h -> !args.exact(h, "nmod:in").isEmpty());
    return d.carrier() >= 0 && !args.places(d.carrier()).isEmpty() || sourcePlaced
        || !args.places(d.trigger()).isEmpty() || !args.exact(d.trigger(), "nmod:in").isEmpty();
  }

  private void pairs(Emission e, List<ActorRef> sources, List<ActorRef> targets) {
    boolean shifted = !e.code().equals(e.d().pattern().code());
    boolean recip = e.d().reciprocal() && (!shifted || sources.size() > 1);
    boolean met = recip && sources.size() > 1 && JointParties.metObject(g, actors, e.d().trigger());
    boolean amongSources = recip && sources.size() > 1 && !rules.applies(CoderRule.MET_OBJECT, met)
        && !guards.coListed(sources, e.code());
    for (ActorRef s : sources) {
      List<ActorRef> ts = amongSources ? others(sources, s) : targets;
      if (ts.isEmpty() && !recip) {
        ActorRef home = rules.on(CoderRule.DOMESTIC_TARGET) ? domesticDefault(e.code(), s) : null;
        add(e, s, home, e.code(), e.mode(), home == null ? List.of() : List.of(CoderRule.DOMESTIC_TARGET));
      }
      if (recip && ts.isEmpty()) {
        continue;
      }
      boolean conflict = Integer.parseInt(e.code().substring(0, 2)) >= 18;
      for (ActorRef t0 : ts) {
        CoderRule placing = conflict ? CoderRule.HOME_GROUND : CoderRule.DOMESTIC_TARGET;
        boolean mayPlace = rules.on(placing) && (!conflict || HomeGround.atHome(s));
        ActorRef t = mayPlace ? Actors.domestic(t0, s, !conflict && book.words().codeIn("domestic-codes", e.code())) : t0;
        List<CoderRule> own = t == t0 ? List.of() : List.of(placing);
        if (Actors.same(s, t)) {
          if (ts.size() == 1 && !recip) {
            add(e, s, null, e.code(), e.mode(), List.of());
          }
          continue;
        }
        add(e, s, t, e.code(), e.mode(), own);
        if (recip && !amongSources && !oneWay(e) && !e.placeTarget()) {
          add(e, t, s, e.code(), e.mode(), own);
        }
        String mirror = e.d().pattern().mirror();
        if (!mirror.isEmpty()) {
          add(e, t, s, mirror, e.mode(), own);
        }
      }
      accusation(e, s, ts);
    }
  }

  /** Several sides that stop fighting or pull back together do so towards each other. */
  private void mutual(Emission e, List<ActorRef> sources) {
    if (guards.coListed(sources, e.code())) {
      return;
    }
    for (ActorRef s : sources) {
      for (ActorRef t : others(sources, s)) {
        if (!Actors.same(s, t)) {
          add(e, s, t, e.code(), e.mode(), List.of());
        }
      }
    }
  }

  private void accusation(Emission e, ActorRef s, List<ActorRef> ts) {
    Clause cl = e.d().clause();
    ActorRef claimant = e.claimant();
    if (claimant == null || !rules.on(CoderRule.CLAIM_ACCUSATION)
        || !ModeSettler.contested(cl, e.d().carrier(), claimant, List.of(s))) {
      return;
    }
    boolean unnamed = s.isUnresolved() && s.text().isEmpty() && !"accuse".equals(cl.reportKind());
    if (Actors.sameSide(claimant, s) && !Actors.opposed(claimant, s) || unnamed) {
      for (ActorRef t : ts) {
        add(e, claimant, t, book.shift("say", cl.code()), Mode.ASSERTED, List.of(CoderRule.CLAIM_ACCUSATION));
      }
    } else if (!s.isUnresolved()) {
      add(e, claimant, s, book.shift("accuse", cl.code()), Mode.ASSERTED, List.of(CoderRule.CLAIM_ACCUSATION));
    }
  }

  /**
   * A meeting or consultation verb with a subject and an object ("X met (with) Y", "X consulted Y") is coded from
   * the side the sentence makes the subject, as CAMEO coders do; both directions come from a compound subject
   * ("X and Y met") or from a joint event noun ("X held talks with Y", "a deal with Y"). Material acts done
   * together (drills, truces, clashes) stay mutual.
   */
  private boolean oneWay(Emission e) {
    String code = e.code();
    return (code.startsWith("04") || code.startsWith("05")) && e.d().trigger() == e.d().carrier()
        && g.token(e.d().trigger()).isVerb();
  }

  private static List<ActorRef> others(List<ActorRef> sources, ActorRef s) {
    List<ActorRef> out = new ArrayList<>();
    for (ActorRef o : sources) {
      if (o != s) {
        out.add(o);
      }
    }
    return out;
  }

  private void add(Emission em, ActorRef s, ActorRef t, String code, Mode mode, List<CoderRule> own) {
    boolean deadly = em.located() && s.text().isEmpty() && em.d().fatalities() != null;
    if (!placed(s) && (t == null || !placed(t)) && !(em.located() && !s.text().isEmpty())
        && !rules.applies(CoderRule.PLACED_DEADLY_ACT, deadly)) {
      return;
    }
    boolean typed = em.d().pattern().id().startsWith(ClassifierTyping.PATTERN_PREFIX);
    if (typed && rules.applies(CoderRule.CLASSIFIER_DYAD, !ClassifierTyping.dyadic(placed(s), t != null && placed(t)))) {
      return;
    }
    CoderRule force = ForceCodes.rule(s, t, code, g);
    Optional<CameoCode> c = ontology.lookup(ForceCodes.recode(force, code));
    if (c.isEmpty()) {
      return;
    }
    var sentence = g.sentence();
    RoleReader.Draft d = em.d();
    Event e = new Event(articleId, sentence.index(), sentence.span(), g.token(d.trigger()).span(),
        sentence.text(), em.date(), articleDate, s, t, c.get(), mode, em.claimant(), null, d.fatalities(),
        d.pattern().id(), List.of());
    for (Event o : out) {
      if (o.sentence() == e.sentence() && o.code().equals(e.code()) && Actors.same(o.source(), s)
          && (o.target() == null ? t == null : t != null && Actors.same(o.target(), t))) {
        return;
      }
    }
    List<CoderRule> shaping = new ArrayList<>(own);
    if (force != null) {
      shaping.add(force);
    }
    List<String> names = rules.shapingWith(shaping);
    if (e.pattern().startsWith(ClassifierTyping.PATTERN_PREFIX)) {
      names.add(e.pattern());
    }
    out.add(withRules(e, names));
  }

  /**
   * Acts of a state on its own people (curfews, restrictions, repression, easing them) and protests aimed at
   * one's own authorities (table domestic-codes) target the source's country when the text names no other target.
   */
  private ActorRef domesticDefault(String code, ActorRef s) {
    if (!book.words().codeIn("domestic-codes", code) || s.country() == null) {
      return null;
    }
    return new ActorRef(s.country(), s.country(), null, null, null, "domestic: no other target named");
  }

  /** An event needs at least one side with a country or a known actor to enter dyadic event data. */
  private static boolean placed(ActorRef a) {
    return a.country() != null || a.actor() != null;
  }

  private static Event withRules(Event e, List<String> names) {
    return new Event(e.articleId(), e.sentence(), e.span(), e.trigger(), e.text(), e.date(), e.articleDate(),
        e.source(), e.target(), e.code(), e.mode(), e.claimant(), e.location(), e.fatalities(), e.pattern(), names);
  }
}
