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
    Actors a = new Actors(actors, g);
    List<ActorRef> sources = a.sources(d.sources());
    if (sources == null) {
      return;
    }
    List<ActorRef> targets = a.targets(d.targets());
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
        && sources.stream().anyMatch(s -> Actors.same(s, claimant))) {
      code = book.shift("intent", code);
      mode = Mode.ASSERTED;
    } else if (claimant != null && mode == Mode.ASSERTED) {
      mode = Mode.REPORTED;
    }
    LocalDate date = Timing.date(g, d.carrier(), articleDate);
    Emission e = new Emission(d, code, mode, claimant, date);
    pairs(e, sources, targets);
  }

  private record Emission(SentenceCoder.Draft d, String code, Mode mode, ActorRef claimant, LocalDate date) {}

  private void pairs(Emission e, List<ActorRef> sources, List<ActorRef> targets) {
    boolean recip = e.d().reciprocal();
    boolean amongSources = recip && sources.size() > 1;
    for (ActorRef s : sources) {
      List<ActorRef> ts = amongSources ? others(sources, s) : targets;
      if (ts.isEmpty()) {
        add(e, s, null, e.code(), e.mode());
      }
      for (ActorRef t0 : ts) {
        ActorRef t = Actors.domestic(t0, s);
        if (Actors.same(s, t)) {
          continue;
        }
        add(e, s, t, e.code(), e.mode());
        if (recip && !amongSources) {
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

  private void accusation(Emission e, ActorRef s, List<ActorRef> ts) {
    Clause cl = e.d().clause();
    ActorRef claimant = e.claimant();
    boolean asserts = "accuse".equals(cl.reportKind()) || "say".equals(cl.reportKind()) && cl.thatClause();
    if (claimant == null || !asserts || Integer.parseInt(cl.code().substring(0, 2)) < 14) {
      return;
    }
    if (Actors.same(claimant, s) || s.isUnresolved() && s.text().isEmpty()) {
      for (ActorRef t : ts) {
        add(e, claimant, t, book.shift("say", cl.code()), Mode.ASSERTED);
      }
    } else if (!s.isUnresolved()) {
      add(e, claimant, s, book.shift("accuse", cl.code()), Mode.ASSERTED);
    }
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
    if (s.isUnresolved() && (t == null || t.isUnresolved())) {
      return;
    }
    Optional<CameoCode> c = ontology.lookup(code);
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

  private static boolean isCooperation(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 3 && root <= 8;
  }
}
