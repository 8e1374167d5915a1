package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.model.ActorRef;
import org.vigil.model.CameoCode;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;

/**
 * Turns drafts into events: resolves actors, pairs compound and reciprocal actors, settles the final mode
 * (negated cooperation becomes rejection, old acts historical, named claims reported) and adds the accusation a
 * claim implies. One instance per sentence; not thread-safe.
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
    emit(d, false);
  }

  /** A noun event standing alone needs a known actor, or {@code anchored} evidence that it happened. */
  void writeNominal(SentenceCoder.Draft d, boolean anchored, boolean happened) {
    emit(d, !anchored, !happened);
  }

  private void emit(SentenceCoder.Draft d, boolean needSource) {
    emit(d, needSource, false);
  }

  private void emit(SentenceCoder.Draft d, boolean needSource, boolean needTarget) {
    List<ActorRef> sources = resolveAll(d.sources());
    List<ActorRef> targets = firstResolving(d.targets());
    if (needSource && sources.stream().allMatch(ActorRef::isUnresolved) || needTarget && targets.isEmpty()) {
      return;
    }
    if (sources.isEmpty()) {
      sources = List.of(ActorFinder.unknown(""));
    }
    Clause cl = d.clause();
    String code = cl.code();
    Mode mode = cl.mode();
    if (mode == Mode.NEGATED && isCooperation(code)) {
      code = book.shift("reject", code);
      mode = Mode.ASSERTED;
    }
    if (mode == Mode.ASSERTED && Timing.historical(g, d.carrier(), articleDate)) {
      mode = Mode.HISTORICAL;
    }
    ActorRef claimant = null;
    if (cl.reporter() >= 0) {
      claimant = firstResolving(List.of(new Arguments(g).verbSources(cl.reporter()))).stream()
          .filter(a -> !a.isUnresolved()).findFirst().orElse(null);
      if (claimant != null && mode == Mode.ASSERTED) {
        mode = Mode.REPORTED;
      }
    }
    LocalDate date = Timing.date(g, d.carrier(), articleDate);
    for (ActorRef s : sources) {
      List<ActorRef> ts = targets.isEmpty() ? others(sources, s, d.reciprocal()) : targets;
      if (ts.isEmpty()) {
        add(d, s, null, code, mode, claimant, date);
      }
      for (ActorRef t : ts) {
        if (same(s, t)) {
          continue;
        }
        add(d, s, t, code, mode, claimant, date);
        if (d.reciprocal() && !targets.isEmpty()) {
          add(d, t, s, code, mode, claimant, date);
        }
      }
      accusation(d, cl, claimant, s, ts, date);
    }
  }

  private void accusation(SentenceCoder.Draft d, Clause cl, ActorRef claimant, ActorRef s, List<ActorRef> ts,
      LocalDate date) {
    boolean asserts = "accuse".equals(cl.reportKind()) || "say".equals(cl.reportKind()) && cl.thatClause();
    if (claimant == null || !asserts || Integer.parseInt(cl.code().substring(0, 2)) < 14) {
      return;
    }
    if (same(claimant, s) || s.isUnresolved() && s.text().isEmpty()) {
      for (ActorRef t : ts) {
        add(d, claimant, t, book.shift("say", cl.code()), Mode.ASSERTED, null, date);
      }
    } else if (!s.isUnresolved()) {
      add(d, claimant, s, book.shift("accuse", cl.code()), Mode.ASSERTED, null, date);
    }
  }

  private static List<ActorRef> others(List<ActorRef> sources, ActorRef s, boolean reciprocal) {
    List<ActorRef> out = new ArrayList<>();
    if (reciprocal) {
      for (ActorRef o : sources) {
        if (o != s) {
          out.add(o);
        }
      }
    }
    return out;
  }

  private void add(SentenceCoder.Draft d, ActorRef s, ActorRef t, String code, Mode mode, ActorRef claimant,
      LocalDate date) {
    if (s.isUnresolved() && (t == null || t.isUnresolved())) {
      return;
    }
    Optional<CameoCode> c = ontology.lookup(code);
    if (c.isEmpty()) {
      return;
    }
    var sentence = g.sentence();
    var trig = g.token(d.trigger()).span();
    Event e = new Event(articleId, sentence.index(), sentence.span(), trig, sentence.text(), date, articleDate, s,
        t, c.get(), mode, claimant, null, d.fatalities(), d.pattern().id());
    for (Event o : out) {
      if (o.sentence() == e.sentence() && o.code().equals(e.code()) && same(o.source(), s)
          && (o.target() == null ? t == null : t != null && same(o.target(), t))) {
        return;
      }
    }
    out.add(e);
  }

  private static boolean same(ActorRef a, ActorRef b) {
    if (a.isUnresolved() || b.isUnresolved()) {
      return a.text().equals(b.text()) && !a.text().isEmpty();
    }
    return Objects.equals(a.country(), b.country()) && Objects.equals(a.sector(), b.sector())
        && Objects.equals(a.actor(), b.actor());
  }

  private static boolean isCooperation(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 3 && root <= 8;
  }

  private List<ActorRef> resolveAll(List<Integer> heads) {
    List<ActorRef> out = new ArrayList<>();
    for (int h : heads) {
      out.add(actors.resolve(g, h).orElseGet(() -> ActorFinder.unknown(actors.text(g, h))));
    }
    return out;
  }

  /** Actors of the first group of heads where some head names an actor, looking inside non-actor phrases. */
  private List<ActorRef> firstResolving(List<List<Integer>> groups) {
    for (List<Integer> group : groups) {
      List<ActorRef> found = new ArrayList<>();
      for (int h : group) {
        actors.resolve(g, h).or(() -> inside(h)).ifPresent(found::add);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private Optional<ActorRef> inside(int head) {
    for (String rel : List.of("nmod:poss", "nmod:of", "amod", "compound")) {
      for (int c : new Arguments(g).exact(head, rel)) {
        Optional<ActorRef> a = actors.resolve(g, c).filter(r -> !r.isUnresolved());
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }
}
