package org.vigil.coding;

/**
 * Codes one parsed sentence along the coder's one path: the {@link Graph} has gone through the REPAIR phase;
 * {@link CandidateFinder} finds the candidates, {@link RoleReader} reads who acts on whom and the clause above
 * (type shifts and mode), and the {@link EventWriter} resolves actors, settles type and mode, applies the guards
 * and emits events, each recording the rules that shaped it. One instance per sentence; not thread-safe.
 */
final class SentenceCoder {
  private final PatternBook book;
  private final Graph g;
  private final EventWriter writer;
  private final ClassifierTyping typing;

  /** {@code typing} is the TYPE phase's optional classifier (null when none is injected). */
  SentenceCoder(PatternBook book, Graph g, EventWriter writer, ClassifierTyping typing) {
    this.book = book;
    this.g = g;
    this.writer = writer;
    this.typing = typing;
  }

  void code() {
    Matcher matcher = new Matcher(book, g);
    RoleReader roles = new RoleReader(book, g, matcher, writer);
    RuleTrace rules = g.rules();
    CandidateFinder finder = new CandidateFinder(book, g, matcher, typing);
    for (Candidate c : finder.find()) {
      rules.begin();
      matcher.rulesAt(c.trigger(), c.pattern()).forEach(rules::fired);
      if (c.typedBy() != null) {
        rules.fired(c.typedBy());
      }
      roles.read(c);
    }
    Candidate probe = writer.emitted() == 0 ? finder.untyped() : null;
    if (probe != null && sidesResolve(matcher, probe)) {
      Candidate typed = finder.typed(probe);
      if (typed != null) {
        rules.begin();
        rules.fired(typed.typedBy());
        roles.read(typed);
      }
    }
  }

  /**
   * Whether ROLES places both sides of the untyped {@code probe} (what rule classifier-dyad asks of a typed
   * event), read into a scratch writer and leaving no hits: the encoder runs only where its type can be used.
   */
  private boolean sidesResolve(Matcher matcher, Candidate probe) {
    RuleTrace rules = g.rules();
    var mark = rules.mark();
    EventWriter scratch = writer.scratch();
    new RoleReader(book, g, matcher, scratch).read(probe);
    rules.rewind(mark);
    return scratch.emitted() > 0;
  }
}
