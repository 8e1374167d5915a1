package org.vigil.store;

import java.util.Objects;

/** Versions of the coder, the ontology and the actor files that coded a batch; stored on every event. */
public record CodingVersions(String coder, String ontology, String actors) {
  public CodingVersions {
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(ontology, "ontology");
    Objects.requireNonNull(actors, "actors");
  }
}
