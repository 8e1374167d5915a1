package org.vigil.coding;

import java.util.List;
import java.util.Optional;
import org.vigil.model.ActorRef;

/**
 * Finds an actor named within a phrase whose head names none: owners, "of"/"by"/"on"... modifiers, and the
 * parties participles relate the head to ("ships linked to Israel"), two nouns deep. Stateless apart from the
 * graph; not thread-safe.
 */
final class PhraseActors {
  private static final List<String> INSIDE = List.of("nmod:poss", "nmod:of", "amod", "compound", "nmod:by",
      "acl", "nmod:on", "nmod:against", "nmod:with", "nmod:to", "nmod:into", "nmod:in", "nmod:around", "nmod:near",
      "dep");
  private static final List<String> PLACE_INSIDE = List.of("nmod:poss", "nmod:of", "amod", "compound", "nmod:in",
      "nmod:with", "nmod:near");
  /** How a participle relates its head to a party; not what it says of the head ("suspected of bribery"). */
  private static final java.util.Set<String> PARTICIPLE_PARTIES = java.util.Set.of("obl", "obl:to", "obl:for",
      "obl:by", "obl:agent", "obl:in", "obl:from", "obl:at");
  private final ActorFinder finder;
  private final Graph g;

  PhraseActors(ActorFinder finder, Graph g) {
    this.finder = finder;
    this.g = g;
  }

  /**
   * An actor named within a phrase that names none itself: "China's assistance", "the attack on Israel"; for
   * places also "a market in Azaz", "the border with Guyana". A possessive pronoun names the owner, usually the
   * actor itself ("lifted its sanctions on Syria"): it counts only when nothing else is named.
   */
  Optional<ActorRef> find(int head, boolean place) {
    return inside(head, 0, place);
  }

  private Optional<ActorRef> inside(int head, int depth, boolean place) {
    Optional<ActorRef> owner = Optional.empty();
    for (String rel : place ? PLACE_INSIDE : INSIDE) {
      for (int c : new Arguments(g).exact(head, rel)) {
        if (isParticiple(c)) {
          Optional<ActorRef> a = participleParty(c, depth, place);
          if (a.isPresent()) {
            return a;
          }
          continue;
        }
        Optional<ActorRef> a = rel.equals("dep") && !g.token(c).isNoun() ? Optional.empty()
            : finder.resolve(g, c).filter(Actors::placed);
        if (a.isEmpty() && depth < 2 && g.token(c).isNoun()) {
          a = inside(c, depth + 1, place);
        }
        if (a.isPresent() && g.token(c).pos().equals("PRP$")) {
          owner = owner.isPresent() ? owner : a;
        } else if (a.isPresent()) {
          return a;
        }
      }
    }
    return owner;
  }

  private boolean isParticiple(int c) {
    String pos = g.token(c).pos();
    return pos.equals("VBN") || pos.equals("VBG");
  }

  /**
   * The party a participle names in a phrase: its agent or the one it relates the head to ("war crimes committed
   * by Russian forces", "ships linked to Israel", "a Marshall Islands-flagged tanker", "migrants held in Libyan
   * centres").
   */
  private Optional<ActorRef> participleParty(int participle, int depth, boolean place) {
    for (org.vigil.model.Dependency d : g.children(participle)) {
      if (!PARTICIPLE_PARTIES.contains(d.relation())) {
        continue;
      }
      int c = d.dependent();
      Optional<ActorRef> a = finder.resolve(g, c).filter(Actors::placed);
      if (a.isEmpty() && depth < 2 && g.token(c).isNoun()) {
        a = inside(c, depth + 1, place);
      }
      if (a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }
}
