package org.vigil.coding;

/**
 * Tells a warning about what another party may do ("China could impose a blockade, a US commander warned") from a
 * threat: a threat verb with no addressee whose clause has someone else, named in full and not as the warner's own
 * ("its forces"), do a coded act only passes on a danger, and codes no threat. Stateless over one sentence; not
 * thread-safe.
 */
final class Warnings {
  private final Graph g;
  private final PatternBook book;
  private final Matcher matcher;

  Warnings(Graph g, PatternBook book, Matcher matcher) {
    this.g = g;
    this.book = book;
    this.matcher = matcher;
  }

  /** True when threat verb {@code v} warns of another party's act rather than threatening one of its own. */
  boolean ofOthers(int v) {
    if (!"threat".equals(book.wrappers().get(g.lemma(v))) || !g.dependents(v, "obj").isEmpty()
        || !g.dependents(v, "iobj").isEmpty()) {
      return false;
    }
    for (int c : g.dependents(v, "ccomp")) {
      int subject = g.first(c, "nsubj");
      boolean other = subject >= 0 && !g.token(subject).pos().startsWith("PRP") && !owned(subject);
      if (other && matcher.carriesEvent(c)) {
        return true;
      }
    }
    return false;
  }

  /** "its forces", "their army": a subject a pronoun says belongs to the warner's own side. */
  private boolean owned(int subject) {
    for (int p : g.dependents(subject, "nmod:poss")) {
      if (g.token(p).pos().startsWith("PRP")) {
        return true;
      }
    }
    return false;
  }
}
