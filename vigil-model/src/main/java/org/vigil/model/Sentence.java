package org.vigil.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An annotated sentence. {@code dependencies} is empty when the sentence was not parsed (a heading, or a
 * sentence that cannot hold an event); {@code parsed} tells the two cases apart.
 */
public record Sentence(
    int index,
    Span span,
    String text,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<TimeExpression> times,
    boolean parsed,
    boolean heading) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    times = List.copyOf(times);
  }

  /** Dependents of token {@code governor} (use -1 for the root). */
  public List<Dependency> dependentsOf(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge whose dependent is {@code token}, or null for an unattached token. */
  public Dependency headEdgeOf(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  /** Span covering tokens {@code [from, to)}. */
  public Span spanOf(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }
}
