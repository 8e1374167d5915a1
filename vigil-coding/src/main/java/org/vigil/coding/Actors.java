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
      Optional<ActorRef> a = finder.resolve(g, h);
      anyActor |= a.isPresent() || g.token(h).pos().startsWith("PRP");
      out.add(a.orElseGet(() -> ActorFinder.unknown(finder.text(g, h))));
    }
    return anyActor ? out : null;
  }

  /** Actors of the first group of heads that names a country or a known actor, else of one naming any actor. */
  List<ActorRef> targets(List<List<Integer>> groups) {
    List<ActorRef> fallback = List.of();
    for (List<Integer> group : groups) {
      List<ActorRef> found = new ArrayList<>();
      for (int h : group) {
        finder.resolve(g, h).or(() -> inside(h)).ifPresent(found::add);
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

  private Optional<ActorRef> inside(int head) {
    for (String rel : List.of("nmod:poss", "nmod:of", "amod", "compound")) {
      for (int c : new Arguments(g).exact(head, rel)) {
        Optional<ActorRef> a = finder.resolve(g, c).filter(r -> r.country() != null || r.actor() != null);
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

  static boolean same(ActorRef a, ActorRef b) {
    if (a.isUnresolved() || b.isUnresolved()) {
      return a.text().equals(b.text()) && !a.text().isEmpty();
    }
    return Objects.equals(a.country(), b.country()) && Objects.equals(a.sector(), b.sector())
        && Objects.equals(a.actor(), b.actor());
  }
}
