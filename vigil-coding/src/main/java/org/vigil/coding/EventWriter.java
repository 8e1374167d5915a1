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
 * Turns drafts into events: resolves actors, pairs compound and reciprocal actors, settles the final mode
 * (refused cooperation becomes rejection, old acts historical, named claims reported, one's own announced
 * plans expressed intent) and adds the accusation a claim implies. One instance per sentence; not thread-safe.
 */
final class EventWriter {
  private static final java.util.Set<String> STATE_FORCES = java.util.Set.of("COP", "MIL", "GOV");
  private static final List<String> CROWD_WORDS = List.of("protest", "demonstrat", "riot", "crowd", "mob");
  private static final java.util.Set<String> ARMED = java.util.Set.of("MIL", "COP", "REB", "INS", "UAF", "SEP",
      "SPY");
  private final PatternBook book;
  private final Ontology ontology;
  private final ActorFinder actors;
  private final Graph g;
  private final String articleId;
  private final LocalDate articleDate;
  private final List<Event> out;

  EventWriter(PatternBook book, Ontology ontology, ActorFinder actors, Graph g, String articleId,
      LocalDate articleDate, List<Event> out) {
    this.book = book;
    this.ontology = ontology;
    this.actors = actors;
    this.g = g;
    this.articleId = articleId;
    this.articleDate = articleDate;
    this.out = out;
  }

  void write(SentenceCoder.Draft d) {
    emit(d, false, false);
  }

  /** A noun event standing alone needs a known actor, or {@code anchored} evidence that it happened. */
  void writeNominal(SentenceCoder.Draft d, boolean anchored, boolean happened) {
    emit(d, !anchored, !happened);
  }

  private void emit(SentenceCoder.Draft d, boolean needSource, boolean needTarget) {
    Actors a = new Actors(actors, g, book);
    List<ActorRef> sources = d.subjects() ? a.sources(d.sources()) : a.candidates(d.sources());
    if (sources == null) {
      return;
    }
    List<ActorRef> targets = a.targets(d.targets(), d.pattern().code().startsWith("04"), sources);
    boolean placeOnly = a.targetIsPlace();
    if (needSource && sources.stream().allMatch(ActorRef::isUnresolved) || needTarget && targets.isEmpty()) {
      return;
    }
    if (sources.isEmpty()) {
      sources = List.of(ActorFinder.unknown(""));
    }
    Clause cl = d.clause();
    String code = cl.code();
    Mode mode = cl.mode();
    if (mode == Mode.NEGATED && cl.refusal() && isCooperation(code)) {
      code = book.shift("reject", code);
      mode = Mode.ASSERTED;
    }
    if (mode == Mode.ASSERTED && Timing.historical(g, d.carrier(), articleDate)) {
      mode = Mode.HISTORICAL;
    }
    ActorRef claimant = cl.reporter() >= 0 ? a.claimant(cl.reporter()) : null;
    if (claimant != null && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL && cl.wouldUnderReport())
        && !attribution(d) && sources.stream().anyMatch(s -> Actors.sameSide(s, claimant))) {
      code = book.shift("intent", code);
      mode = Mode.ASSERTED;
    } else if (mode == Mode.ASSERTED && contested(cl, d.carrier(), claimant, sources)) {
      mode = Mode.REPORTED;
    }
    LocalDate date = Timing.date(g, d.carrier(), articleDate);
    Emission e = new Emission(d, code, mode, claimant, date, located(d), placeOnly);
    if (sources.size() > 1 && (targets.isEmpty() || placeOnly) && code.startsWith("08")) {
      mutual(e, sources);
      return;
    }
    pairs(e, sources, targets);
  }

  /**
   * A visit or meeting stated first and attributed after ("Putin will travel to Pyongyang, the Kremlin said") is a
   * schedule the reporter passes on, not a pledge: it keeps its own mode, while "X said it would" is X's intent.
   */
  private static boolean attribution(SentenceCoder.Draft d) {
    return d.clause().reporter() > d.carrier() && d.clause().code().startsWith("04");
  }

  /** An event on its way out; {@code placeTarget} when its target is only the place where it happened. */
  private record Emission(SentenceCoder.Draft d, String code, Mode mode, ActorRef claimant, LocalDate date,
      boolean located, boolean placeTarget) {}

  /**
   * The act's clause names where it happened ("gunmen attacked hotels in Mumbai"), or its actor where it sits ("a
   * court in Kisumu"): an event between actors no
   * dictionary places may still get its target from that place after geocoding (see {@link PlaceTargets}).
   */
  private boolean located(SentenceCoder.Draft d) {
    Arguments args = new Arguments(g);
    boolean sourcePlaced = d.sources().stream().anyMatch(h -> !args.exact(h, "nmod:in").isEmpty());
    return d.carrier() >= 0 && !args.places(d.carrier()).isEmpty() || sourcePlaced
        || !args.places(d.trigger()).isEmpty() || !args.exact(d.trigger(), "nmod:in").isEmpty();
  }

  private void pairs(Emission e, List<ActorRef> sources, List<ActorRef> targets) {
    boolean shifted = !e.code().equals(e.d().pattern().code());
    boolean recip = e.d().reciprocal() && (!shifted || sources.size() > 1);
    boolean amongSources = recip && sources.size() > 1 && !JointParties.metObject(g, actors, e.d().trigger());
    for (ActorRef s : sources) {
      List<ActorRef> ts = amongSources ? others(sources, s) : targets;
      if (ts.isEmpty() && !recip) {
        add(e, s, domesticDefault(e.code(), s), e.code(), e.mode());
      }
      if (recip && ts.isEmpty()) {
        continue;
      }
      boolean conflict = Integer.parseInt(e.code().substring(0, 2)) >= 18;
      for (ActorRef t0 : ts) {
        ActorRef t = conflict ? t0 : Actors.domestic(t0, s, domesticCode(e.code()));
        if (Actors.same(s, t)) {
          if (ts.size() == 1 && !recip) {
            add(e, s, null, e.code(), e.mode());
          }
          continue;
        }
        add(e, s, t, e.code(), e.mode());
        if (recip && !amongSources && !oneWay(e) && !e.placeTarget()) {
          add(e, t, s, e.code(), e.mode());
        }
        String mirror = e.d().pattern().mirror();
        if (!mirror.isEmpty()) {
          add(e, t, s, mirror, e.mode());
        }
      }
      accusation(e, s, ts);
    }
  }

  /**
   * A conflict act that a party (not the press) says someone did is that party's claim: an accusation against
   * the doer, or a claim of responsibility when the party names itself. Attribution that follows the act ("gunmen
   * kidnapped 300 girls, police said") is the wire's sourcing and leaves the act asserted.
   */
  private static boolean contested(Clause cl, int carrier, ActorRef claimant, List<ActorRef> sources) {
    if (Integer.parseInt(cl.code().substring(0, 2)) < 14 || cl.reporter() < 0) {
      return false;
    }
    if ("accuse".equals(cl.reportKind())) {
      return true;
    }
    if (carrier >= 0 && cl.reporter() > carrier) {
      return false;
    }
    if (claimant == null || sources.stream().allMatch(s -> Actors.sameState(s, claimant))) {
      return false;
    }
    return claimant.sector() == null || !claimant.sector().startsWith("MED");
  }

  /** Several sides that stop fighting or pull back together do so towards each other. */
  private void mutual(Emission e, List<ActorRef> sources) {
    for (ActorRef s : sources) {
      for (ActorRef t : others(sources, s)) {
        if (!Actors.same(s, t)) {
          add(e, s, t, e.code(), e.mode());
        }
      }
    }
  }

  private void accusation(Emission e, ActorRef s, List<ActorRef> ts) {
    Clause cl = e.d().clause();
    ActorRef claimant = e.claimant();
    if (claimant == null || !contested(cl, e.d().carrier(), claimant, List.of(s))) {
      return;
    }
    boolean unnamed = s.isUnresolved() && s.text().isEmpty() && !"accuse".equals(cl.reportKind());
    if (Actors.sameSide(claimant, s) && !Actors.opposed(claimant, s) || unnamed) {
      for (ActorRef t : ts) {
        add(e, claimant, t, book.shift("say", cl.code()), Mode.ASSERTED);
      }
    } else if (!s.isUnresolved()) {
      add(e, claimant, s, book.shift("accuse", cl.code()), Mode.ASSERTED);
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

  private void add(Emission em, ActorRef s, ActorRef t, String code, Mode mode) {
    if (!placed(s) && (t == null || !placed(t)) && !(em.located() && !s.text().isEmpty())) {
      return;
    }
    Optional<CameoCode> c = ontology.lookup(irregular(s, t, code));
    if (c.isEmpty()) {
      return;
    }
    var sentence = g.sentence();
    SentenceCoder.Draft d = em.d();
    Event e = new Event(articleId, sentence.index(), sentence.span(), g.token(d.trigger()).span(),
        sentence.text(), em.date(), articleDate, s, t, c.get(), mode, em.claimant(), null, d.fatalities(),
        d.pattern().id());
    for (Event o : out) {
      if (o.sentence() == e.sentence() && o.code().equals(e.code()) && Actors.same(o.source(), s)
          && (o.target() == null ? t == null : t != null && Actors.same(o.target(), t))) {
        return;
      }
    }
    out.add(e);
  }

  /**
   * Acts of a state on its own people (curfews, restrictions, repression, easing them) and protests aimed at
   * one's own authorities target the source's country when the text names no other target.
   */
  private static boolean domesticCode(String code) {
    return code.startsWith("14") || code.startsWith("081") || code.startsWith("082") || code.startsWith("083")
        || code.startsWith("172") || code.startsWith("175");
  }

  private static ActorRef domesticDefault(String code, ActorRef s) {
    if (!domesticCode(code) || s.country() == null) {
      return null;
    }
    return new ActorRef(s.country(), s.country(), null, null, null, "domestic: no other target named");
  }

  /**
   * Unidentified armed men ("gunmen", "assailants"), or an unnamed attacker (an agentless passive), attacking people
   * who do not bear arms commit unconventional violence (180); against soldiers, police or armed groups it is still
   * a fight (190, 193). Violence by a crowd of protesters without weapons of war (storming, besieging, occupying,
   * beating, wrecking) is a violent protest (145); state forces using force on protesters repress them (175).
   */
  private static String irregular(ActorRef s, ActorRef t, String code) {
    boolean unarmed = code.startsWith("18") || code.equals("190") || code.equals("191") || code.equals("192")
        || code.equals("1712");
    if (isCrowd(s) && unarmed) {
      return "145";
    }
    boolean force = code.startsWith("18") || code.equals("190") || code.equals("193");
    if (force && t != null && isCrowd(t) && STATE_FORCES.contains(String.valueOf(s.sector()))) {
      return "175";
    }
    boolean armedAttack = code.equals("190") || code.equals("193");
    boolean armedTarget = t != null && ARMED.contains(String.valueOf(t.sector()));
    boolean unknown = "UAF".equals(s.sector()) && s.country() == null
        || s.isUnresolved() && s.text().isEmpty() && t != null && t.sector() != null; // "was shot dead"
    return armedAttack && !armedTarget && unknown ? "180" : code;
  }

  /** Protesters, demonstrators, rioters: their violence ("protesters stormed the residence") is a violent protest. */
  private static boolean isCrowd(ActorRef s) {
    String text = s.text().toLowerCase(java.util.Locale.ROOT);
    return (s.sector() == null || s.sector().equals("OPP")) && s.actor() == null
        && CROWD_WORDS.stream().anyMatch(text::contains);
  }

  /** An event needs at least one side with a country or a known actor to enter dyadic event data. */
  private static boolean placed(ActorRef a) {
    return a.country() != null || a.actor() != null;
  }

  private static boolean isCooperation(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 3 && root <= 8;
  }
}
