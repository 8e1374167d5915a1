package org.vigil.model;

import java.util.List;

/** Mentions of one entity across an article; {@code representative} is the most informative mention. */
public record CorefChain(CorefMention representative, List<CorefMention> mentions) {
  public CorefChain {
    mentions = List.copyOf(mentions);
  }
}
