package org.vigil.analytics;

import java.util.List;
import java.util.Set;

/**
 * What the analyses need to know of the actor knowledge base: the levels an actor rolls up to (its umbrella
 * groups, home country, sponsor) and, the other way, which actors roll up to a code. Implementations are
 * immutable and thread-safe.
 */
public interface ActorHierarchy {
  /** The levels of {@code actorId}, most specific first (the id itself first); empty when unknown. */
  List<String> rollUp(String actorId);

  /** The actor ids whose home country or umbrella groups include {@code code}. */
  Set<String> members(String code);

  /** The actor ids whose sponsor is {@code code} (the groups a state or group backs). */
  Set<String> sponsored(String code);

  /** A hierarchy that knows no actor: every side stays as given. */
  static ActorHierarchy none() {
    return new ActorHierarchy() {
      @Override
      public List<String> rollUp(String actorId) {
        return List.of();
      }

      @Override
      public Set<String> members(String code) {
        return Set.of();
      }

      @Override
      public Set<String> sponsored(String code) {
        return Set.of();
      }
    };
  }
}
