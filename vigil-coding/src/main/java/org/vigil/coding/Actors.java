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
  private static final List<String> INSIDE = List.of("nmod:poss", "nmod:of", "amod", "compound", "nmod:on",
      "nmod:against");
  private static final List<String> PLACE_INSIDE = List.of("nmod:poss", "nmod:of", "amod", "compound", "nmod:in",
      "nmod:with", "nmod:near");
  private final ActorFinder finder;
  private final Graph g;

  Actors(ActorFinder finder, Graph g) {
    this.finder = finder;
    this.g = g;
  }

  /** Source actors; empty when there is no subject, null when every subject names something that acts not. */
  List<ActorRef> sources(List<Integer> heads) {
    List<ActorRef> out = new ArrayList<>();
    boolean anyActor = heads.isEmpty();
    for (int h : heads) {
      List<ActorRef> a = finder.resolveEach(g, h);
      anyActor |= !a.isEmpty() || g.token(h).pos().startsWith("PRP");
      if (a.isEmpty()) {
        out.add(ActorFinder.unknown(finder.text(g, h)));
      }
      out.addAll(a);
    }
    return anyActor ? out : null;
  }

  /** Actors of the first group of heads that names a country or a known actor, else of one naming any actor. */
  List<ActorRef> targets(List<List<Integer>> groups) {
    List<Integer> places = groups.isEmpty() ? List.of() : groups.get(groups.size() - 1);
    List<ActorRef> fallback = List.of();
    for (List<Integer> group : groups) {
      List<ActorRef> found = new ArrayList<>();
      for (int h : group) {
        if (isApposition(h)) {
          continue;
        }
        List<ActorRef> each = finder.resolveEach(g, h);
        if (each.stream().noneMatch(a -> a.country() != null || a.actor() != null)) {
          Optional<ActorRef> in = inside(h, 0, group == places);
          if (in.isPresent()) {
            each = List.of(in.get());
          }
        }
        found.addAll(each);
      }
      if (found.stream().anyMatch(a -> a.country() != null || a.actor() != null)) {
        return found;
      }
      if (fallback.isEmpty() && !found.isEmpty()) {
        fallback = found;
      }
    }
    return fallback;
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
   * An actor named within a phrase that names none itself: "China's assistance", "the attack on Israel"; for
   * places also "a market in Azaz", "the border with Guyana".
   */
  private Optional<ActorRef> inside(int head, int depth, boolean place) {
    for (String rel : place ? PLACE_INSIDE : INSIDE) {
      for (int c : new Arguments(g).exact(head, rel)) {
        Optional<ActorRef> a = finder.resolve(g, c).filter(r -> r.country() != null || r.actor() != null);
        if (a.isEmpty() && depth < 2 && g.token(c).isNoun()) {
          a = inside(c, depth + 1, place);
        }
        if (a.isPresent()) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  /** A target known only by its sector ("political prisoners") belongs to the source's country. */
  static ActorRef domestic(ActorRef t, ActorRef s) {
    if (t.country() == null && t.sector() != null && t.actor() == null && s.country() != null) {
      return new ActorRef(t.text(), s.country(), t.sector(), null, t.nerType(), "domestic: " + t.basis());
    }
    return t;
  }

  /** Same country or same named actor: one side speaking of itself ("Dutch PM ... the Netherlands would"). */
  static boolean sameSide(ActorRef a, ActorRef b) {
    return a.actor() != null && a.actor().equals(b.actor())
        || a.country() != null && a.country().equals(b.country());
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
    return Objects.equals(a.country(), b.country()) && Objects.equals(a.sector(), b.sector())
        && Objects.equals(a.actor(), b.actor());
  }
}
