package org.vigil.coding;

import org.vigil.model.Dependency;

/**
 * Where an event noun hangs: its head edge lifted over a quantifier, and the light verb a misparsed reduced relative
 * hides. Stateless over one sentence; not thread-safe.
 */
final class NounHeads {
  private final Graph g;
  private final PatternBook book;

  NounHeads(Graph g, PatternBook book) {
    this.g = g;
    this.book = book;
  }

  /**
   * The light verb an event noun really is the object of when the parser read a reduced relative after it as a
   * clause ("issued arrest warrants for two men sought in ...": "warrants" made the subject of "sought", a
   * complement of "issued"); -1 when the noun is no such misread object.
   */
  int gardenPathCarrier(int n, Dependency h) {
    if (h == null || !h.relation().equals("nsubj") || h.governor() < 0) {
      return -1;
    }
    Dependency up = g.primaryHead(h.governor());
    if (up == null || !up.relation().equals("ccomp") || up.governor() < 0 || up.governor() > n) {
      return -1;
    }
    int verb = up.governor();
    String lemma = g.lemma(verb);
    boolean light = book.support().contains(lemma) && !book.reporters().containsKey(lemma)
        && g.token(verb).isVerb() && g.dependents(verb, "obj").isEmpty();
    return light && g.dependents(h.governor(), "mark").isEmpty() ? verb : -1;
  }

  /** The head edge of an event noun, lifted over a quantifier that counts it ("most of its sanctions"). */
  Dependency head(int n) {
    Dependency h = g.primaryHead(n);
    if (h != null && h.relation().equals("nmod:of") && g.words("quantifiers").contains(g.lemma(h.governor()))) {
      Dependency up = g.primaryHead(h.governor());
      h = up == null ? h : new Dependency(up.governor(), n, up.relation());
    }
    return h;
  }
}
