package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.model.ActorRef;

/**
 * Resolves the argument heads of one draft: sources (null when the subject names a thing, not an actor: "an
 * earthquake struck"), the first target group that names an actor (countries before bare sectors), claimants.
 * One instance per draft; not thread-safe.
 */
final class Actors {
  private static final java.util.Set<String> STATE = java.util.Set.of("null", "GOV", "MIL", "LEG", "JUD", "COP",
      "SPY");
  private final ActorFinder finder;
  private final Graph g;
  private final PhraseActors phrases;
  private final SectorCountries context;
  private boolean fromPlace;
  private static final java.util.Set<String> NON_STATE = java.util.Set.of("REB", "INS", "SEP", "OPP", "UAF");
  private final java.util.Set<String> agents;
  private final java.util.Set<String> documents;
  /** Means of attack: as a subject ("a roadside bomb struck a convoy") the act happened, its doer unknown. */
  private final java.util.Map<String, String> instruments;
  private final java.util.Map<String, String> organs;

  Actors(ActorFinder finder, Graph g, PatternBook book) {
    this.finder = finder;
    this.g = g;
    this.phrases = new PhraseActors(finder, g);
    this.context = new SectorCountries(finder, g);
    this.agents = book.agents();
    this.documents = book.documents();
    this.instruments = book.instruments();
    this.organs = book.organs();
  }

  /**
   * An unplaced subject: with its sector when a state organ noun names it ("the court"), and the place in its
   * phrase kept in its text ("a court in Yekaterinburg") and giving its country when the place is a country
   * ("a court in Guyana"), else unknown.
   */
  private ActorRef organ(int h) {
    ActorRef unknown = ActorFinder.unknown(finder.text(g, h));
    String sector = organs.get(g.lemma(h));
    if (sector == null) {
      return unknown;
    }
    StringBuilder text = new StringBuilder(unknown.text());
    String country = null;
    for (int in : new Arguments(g).exact(h, "nmod:in")) {
      text.append(" in ").append(finder.text(g, in));
      Optional<ActorRef> where = finder.resolve(g, in);
      if (country == null && where.isPresent() && where.get().actor() == null) {
        country = where.get().country();
      }
    }
    return new ActorRef(text.toString(), country, sector, null, null,
        country == null ? "organ noun without country" : "organ noun in a country named with it");
  }

  /** Source actors; empty when there is no subject, null when every subject names something that acts not. */
  List<ActorRef> sources(List<Integer> heads) {
    List<ActorRef> out = new ArrayList<>();
    boolean anyActor = heads.isEmpty();
    for (int h : heads) {
      if (g.rules().applies(CoderRule.NATURAL_HAZARD, Hazards.names(g, h))) {
        continue;
      }
      List<ActorRef> a = inContext(h, finder.resolveEach(g, h));
      if (a.isEmpty() && documents.contains(g.lemma(h))) {
        a = author(h);
      }
      a = a.isEmpty() && CrowdActs.occurred(g, h) ? inContext(h, crowd(h)) : a;
      if (a.isEmpty()) {
        a = context.group(h).map(List::of).orElse(List.of());
      }
      anyActor |= !a.isEmpty() || g.token(h).pos().startsWith("PRP") || agents.contains(g.lemma(h))
          || instruments.containsKey(g.lemma(h));
      if (a.isEmpty()) {
        out.add(context.place(h, organ(h)));
      }
      out.addAll(a);
    }
    return anyActor ? out : null;
  }

  /**
   * Who speaks through a document ("a UN report", "Rwanda's report", "a report by Amnesty", "a report released by
   * X / in Kigali"): the first modifier that names an actor or a country; empty when none does.
   */
  private List<ActorRef> author(int doc) {
    Arguments args = new Arguments(g);
    List<Integer> candidates = new ArrayList<>();
    for (String rel : List.of("nmod:poss", "nmod:by", "nmod:from", "amod", "compound")) {
      candidates.addAll(args.exact(doc, rel));
    }
    for (int acl : args.exact(doc, "acl")) {
      candidates.addAll(args.exact(acl, "obl:agent"));
      candidates.addAll(args.exact(acl, "obl:in"));
      candidates.addAll(args.exact(acl, "obl:by"));
    }
    for (int c : candidates) {
      List<ActorRef> a = finder.resolveEach(g, c);
      if (!a.isEmpty()) {
        return a;
      }
      for (int m : args.exact(c, "amod")) {
        a = finder.resolveEach(g, m);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return List.of();
  }

  /** The actors among a noun's modifiers ("Israeli shelling"); modifiers naming no actor ("car bomb") drop out. */
  List<ActorRef> candidates(List<Integer> heads) {
    List<ActorRef> out = new ArrayList<>();
    for (int h : heads) {
      List<ActorRef> a = inContext(h, finder.resolveEach(g, h));
      out.addAll(a.isEmpty() ? inContext(h, crowd(h)) : a);
    }
    return out;
  }

  /** Targets known only by a sector, placed at home when the article's own state strikes them. */
  List<ActorRef> atHome(List<ActorRef> targets, List<ActorRef> sources) {
    return context.atHome(targets, sources);
  }

  /** Sector-only actors of the phrase headed at {@code h}, given the country their context names. */
  private List<ActorRef> inContext(int h, List<ActorRef> found) {
    if (found.size() != 1) {
      return found;
    }
    ActorRef placed = context.place(h, found.get(0));
    return placed == found.get(0) ? found : List.of(placed);
  }

  /**
   * Target actors: the first argument group whose heads name a country or known actor directly; else an actor
   * named inside an argument ("China's assistance"); else the place where it happened; else any actor named.
   * A group naming only the sources themselves ("as it ran out"), or their own state organs ("denied that its
   * troops fired"), is passed over.
   * With {@code placeBeforeNested} (meetings and visits: "a summit in Switzerland on the unrest in Iran") a country
   * named as the place comes before actors nested in the topic.
   */
  List<ActorRef> targets(List<List<Integer>> groups, boolean placeBeforeNested, List<ActorRef> sources) {
    fromPlace = false;
    if (groups.isEmpty()) {
      return List.of();
    }
    List<List<Integer>> arguments = groups.subList(0, groups.size() - 1);
    List<ActorRef> fallback = new ArrayList<>();
    for (List<Integer> group : arguments) {
      List<ActorRef> found = direct(group);
      if (found.stream().anyMatch(t -> placed(t) && sources.stream().noneMatch(s -> sameState(s, t)))) {
        return found;
      }
      if (fallback.isEmpty()) {
        fallback.addAll(found);
      }
    }
    List<ActorRef> there = placeBeforeNested
        ? direct(groups.get(groups.size() - 1)).stream().filter(Actors::placed).toList() : List.of();
    if (!there.isEmpty()) {
      fromPlace = true;
      return there;
    }
    for (List<Integer> group : arguments) {
      List<ActorRef> found = nested(group, false);
      if (found.stream().anyMatch(t -> sources.stream().noneMatch(s -> sameState(s, t)))) {
        return found;
      }
    }
    List<Integer> places = groups.get(groups.size() - 1);
    List<ActorRef> where = direct(places).stream().filter(Actors::placed).toList();
    List<ActorRef> named = direct(places.stream().filter(h -> g.token(h).pos().startsWith("NNP")).toList());
    if (!named.isEmpty() && !fallback.isEmpty() && fallback.stream().allMatch(Actors::sectorOnly)
        && named.get(0).country() != null && named.get(0).sector() == null && named.get(0).actor() == null) {
      fromPlace = true;
      return placedIn(fallback, named.get(0));
    }
    where = where.isEmpty() ? nested(places, true) : where;
    fromPlace = !where.isEmpty();
    return where.isEmpty() ? fallback : where;
  }

  /** People known only by a sector noun ("protesters", "police"), not placed by any dictionary. */
  private static boolean sectorOnly(ActorRef a) {
    return a.country() == null && a.actor() == null && a.sector() != null;
  }

  /** Sector-only targets of an act somewhere are people of that place ("tear gas against protesters in Nairobi"). */
  private static List<ActorRef> placedIn(List<ActorRef> people, ActorRef place) {
    List<ActorRef> out = new ArrayList<>(people.size());
    for (ActorRef p : people) {
      out.add(new ActorRef(p.text(), place.country(), p.sector(), null, p.nerType(),
          p.basis() + "; people of the place of the act: " + place.text()));
    }
    return out;
  }

  /** A state organ named by a noun heading its phrase ("the defence ministry"), not a modifier ("military drills"). */
  private boolean isOrganNoun(int h) {
    org.vigil.model.Dependency up = g.primaryHead(h);
    boolean modifier = up != null && (up.relation().equals("amod") || up.relation().startsWith("compound"));
    return organs.containsKey(g.lemma(h)) && g.token(h).isNoun() && !modifier;
  }

  /** Those who take part in a crowd act named as a target ("crushed the protests"): protesters, OPP. */
  private List<ActorRef> crowd(int h) {
    if (!g.words("crowd-acts").contains(g.lemma(h)) || !g.token(h).isNoun()) {
      return List.of();
    }
    return List.of(new ActorRef(finder.text(g, h), null, "OPP", null, null, "crowd act stands for its protesters"));
  }

  /** True when the last {@link #targets} came from the place of the act. */
  boolean targetIsPlace() {
    return fromPlace;
  }

  private List<ActorRef> direct(List<Integer> group) {
    List<ActorRef> found = new ArrayList<>();
    for (int h : group) {
      if (!isApposition(h)) {
        List<ActorRef> a = finder.resolveEach(g, h);
        a = a.isEmpty() && isOrganNoun(h) ? List.of(organ(h)) : a.isEmpty() ? crowd(h) : a;
        for (ActorRef r : a) {
          found.add(r.country() == null && r.actor() == null && r.sector() != null
              ? context.place(h, located(h, r)) : r);
        }
      }
    }
    return found;
  }

  /** People known by a sector noun take the country their phrase places them in ("protesters in Nairobi"). */
  private ActorRef located(int h, ActorRef r) {
    for (int in : new Arguments(g).exact(h, "nmod:in")) {
      Optional<ActorRef> where = finder.resolve(g, in);
      if (where.isPresent() && where.get().actor() == null && where.get().country() != null) {
        return new ActorRef(r.text() + " in " + where.get().text(), where.get().country(), r.sector(), null,
            r.nerType(), r.basis() + "; placed in " + where.get().country() + " by its phrase");
      }
    }
    return r;
  }

  private List<ActorRef> nested(List<Integer> group, boolean place) {
    List<ActorRef> found = new ArrayList<>();
    for (int h : group) {
      if (!isApposition(h)) {
        phrases.find(h, place).ifPresent(found::add);
      }
    }
    return found;
  }

  static boolean placed(ActorRef a) {
    return a.country() != null || a.actor() != null;
  }

  /** "two Canadians, Michael Kovrig and Michael Spavor": the names restate the head, they add no actor. */
  private boolean isApposition(int h) {
    for (org.vigil.model.Dependency d : g.heads(h)) {
      if (d.relation().equals("appos")) {
        return true;
      }
      if (d.relation().startsWith("conj") && d.governor() >= 0) {
        for (org.vigil.model.Dependency up : g.heads(d.governor())) {
          if (up.relation().equals("appos")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The named claimant of a reporting verb, or null when it names no known actor. */
  ActorRef claimant(int reporter) {
    for (int h : new Arguments(g).verbSources(reporter)) {
      Optional<ActorRef> a = finder.resolve(g, h);
      if (a.isPresent() && !a.get().isUnresolved()) {
        return a.get();
      }
    }
    return null;
  }

  /**
   * A target known only by its sector ("political prisoners"), or any target of an internal act (lifting a ban
   * on a party), belongs to the source's country.
   */
  static ActorRef domestic(ActorRef t, ActorRef s, boolean internalAct) {
    boolean known = t.sector() != null || internalAct;
    if (t.country() == null && known && t.actor() == null && s.country() != null) {
      return new ActorRef(t.text(), s.country(), t.sector(), null, t.nerType(), "domestic: " + t.basis());
    }
    return t;
  }

  /** Same country or same named actor: one side speaking of itself ("Dutch PM ... the Netherlands would"). */
  static boolean sameSide(ActorRef a, ActorRef b) {
    return a.actor() != null && a.actor().equals(b.actor())
        || a.country() != null && a.country().equals(b.country());
  }

  /**
   * Two actors of one country on opposite sides of its internal conflict: a state organ or the country itself
   * against a rebel, insurgent, separatist or opposition actor ("Sudan's army" and "the Rapid Support Forces").
   */
  static boolean opposed(ActorRef a, ActorRef b) {
    if (a.country() == null || !a.country().equals(b.country()) || Objects.equals(a.actor(), b.actor())
        && a.actor() != null) {
      return false;
    }
    return NON_STATE.contains(String.valueOf(a.sector())) != NON_STATE.contains(String.valueOf(b.sector()));
  }

  /** The same actor, or the same state speaking of its own organs (a command reporting its country's strike). */
  static boolean sameState(ActorRef a, ActorRef b) {
    if (same(a, b)) {
      return true;
    }
    return a.country() != null && a.country().equals(b.country()) && a.actor() == null && b.actor() == null
        && STATE.contains(String.valueOf(a.sector())) && STATE.contains(String.valueOf(b.sector()));
  }

  static boolean same(ActorRef a, ActorRef b) {
    if (a.isUnresolved() || b.isUnresolved()) {
      return a.text().equals(b.text()) && !a.text().isEmpty();
    }
    boolean sameCode = Objects.equals(a.country(), b.country()) && Objects.equals(a.sector(), b.sector());
    return sameCode && (Objects.equals(a.actor(), b.actor()) || nested(a, b) || nested(b, a));
  }

  /** One mention inside the other ("US Defense Secretary" in "US Defense Secretary Lloyd Austin"). */
  private static boolean nested(ActorRef a, ActorRef b) {
    return (a.actor() == null || b.actor() == null) && !a.text().isEmpty() && b.text().contains(a.text());
  }
}
