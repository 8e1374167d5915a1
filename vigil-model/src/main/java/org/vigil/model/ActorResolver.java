package org.vigil.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a noun phrase to an actor on a given date. Implementations are thread-safe.
 */
public interface ActorResolver {

  /**
   * Resolves the actor named by {@code phrase} (the tokens of one noun phrase, in text order) whose
   * syntactic head is {@code phrase.get(head)}, as of {@code date}. Empty when the phrase names no actor.
   * An unknown named entity resolves to an {@link ActorRef} with only text and NER type.
   */
  Optional<ActorRef> resolve(List<Token> phrase, int head, LocalDate date);

  /** A content hash of the dictionaries this resolver uses, recorded on every event it codes. */
  String version();
}
