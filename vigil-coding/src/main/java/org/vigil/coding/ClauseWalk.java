package org.vigil.coding;

import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.Mode;

/**
 * Walks up from a trigger through control verbs, conjunctions and conditions to the reporting verb, if any,
 * collecting what each level does to the event. One walk per trigger; not thread-safe.
 */
final class ClauseWalk {
  private static final Set<String> THROUGH_CCOMP = Set.of("negate", "hedge", "appeal", "demand");

  private final Graph g;
  private final PatternBook book;
  private final EventContent content;
  private final int trigger;
  private String code;
  private Mode mode;
  private int sourceClause = -1;
  private int targetHead = -1;

  ClauseWalk(Graph g, PatternBook book, int trigger, String code) {
    this.g = g;
    this.book = book;
    this.content = new EventContent(g, book, new Matcher(book, g));
    this.trigger = trigger;
    this.code = code;
    this.mode = Clause.localMode(g, trigger, Mode.ASSERTED);
  }

  Clause walk() {
    int at = trigger;
    for (int hops = 0; hops < 6; hops++) {
      Dependency h = g.primaryHead(at);
      if (h == null) {
        break;
      }
      int gov = h.governor();
      String rel = Arguments.base(h.relation());
      String kind = book.wrappers().get(g.lemma(gov));
      if (controls(kind, gov, at, rel)) {
        wrap(kind, gov, at, rel);
        at = gov;
        continue;
      }
      if (g.rules().applies(CoderRule.EVENT_CONTENT, content.clause(h, at))) {
        boolean noPlan = g.words("plan-nouns").contains(g.lemma(gov)) && g.hasChildLemma(gov, "det", Set.of("no"));
        mode = mode == Mode.NEGATED || g.rules().applies(CoderRule.NO_PLANS, noPlan) ? Mode.NEGATED
            : Mode.HYPOTHETICAL;
        break;
      }
      if (rel.equals("xcomp") && kind == null && g.token(gov).isVerb() && book.support().contains(g.lemma(gov))) {
        mode = Clause.localMode(g, gov, mode);
        at = gov;
        continue;
      }
      int accuser = accuserOf(h);
      String report = accuser >= 0 ? "accuse" : book.reporters().get(g.lemma(gov));
      boolean fronted = rel.equals("advcl") && at < gov && g.dependents(at, "mark").isEmpty(); // "X will ..., Y said"
      boolean reported = accuser >= 0 || rel.equals("ccomp") || rel.equals("parataxis") || fronted
          || rel.equals("advcl") && "accuse".equals(report);
      if (reported && report != null) {
        obligation(gov, at, rel, report);
        return reportedBy(accuser >= 0 ? accuser : gov, at, report);
      }
      if (!rel.equals("conj") && !(rel.equals("advcl") && g.hasChildLemma(at, "mark", Set.of("if", "unless")))) {
        break;
      }
      mode = rel.equals("conj") ? mode : Mode.HYPOTHETICAL;
      at = gov;
    }
    return new Clause(code, mode, sourceClause, targetHead, -1, null, false, Clause.refusal(g, trigger), false);
  }

  /**
   * "X said Iran must release the sailors": an act a speaker says another must do is the speaker's demand of them
   * (rule reported-obligation), asserted.
   */
  private void obligation(int gov, int at, String rel, String report) {
    int subject = g.first(at, "nsubj");
    boolean obliged = "say".equals(report) && rel.equals("ccomp") && subject >= 0 && mode == Mode.HYPOTHETICAL
        && Clause.hasAux(g, at, Set.of("must")) && !Set.of("i", "we").contains(g.lemma(subject).toLowerCase(
        java.util.Locale.ROOT)) && Clause.localMode(g, at, Mode.ASSERTED) != Mode.NEGATED;
    if (g.rules().applies(CoderRule.REPORTED_OBLIGATION, obliged)) {
      code = book.shift("demand", code);
      sourceClause = gov;
      targetHead = subject;
      mode = Mode.ASSERTED;
    }
  }

  /**
   * A verb of holding back over the act: negated ("will not hesitate to strike") it is a threat to do it, asserted
   * and from the one holding back (rule litotes-threat); otherwise the act is only considered.
   */
  private void litotes(int gov) {
    boolean negated = Clause.localMode(g, gov, Mode.ASSERTED) == Mode.NEGATED;
    if (g.rules().applies(CoderRule.LITOTES_THREAT, negated)) {
      code = book.shift("threat", code);
      sourceClause = gov;
      mode = Mode.ASSERTED;
      return;
    }
    mode = negated ? Mode.NEGATED : Mode.HYPOTHETICAL;
  }

  /** A control verb (wrapper) over the clause at {@code at}, through xcomp, or ccomp for the kinds that pass it. */
  private boolean controls(String kind, int gov, int at, String rel) {
    if (kind == null || !g.token(gov).isVerb() && !g.token(gov).pos().startsWith("JJ")) {
      return false;
    }
    boolean viaCcomp = (rel.equals("ccomp") || rel.equals("advcl") && isAppeal(kind)) && THROUGH_CCOMP.contains(kind);
    return rel.equals("xcomp") || viaCcomp || bareInfinitive(rel, at);
  }

  /**
   * "help protect", "asked X to extradite": an infinitive the parser hangs from its control verb as {@code dep} or
   * as a "to" oblique.
   */
  private boolean bareInfinitive(String rel, int at) {
    boolean infinitive = g.token(at).pos().equals("VB");
    Dependency h = g.primaryHead(at);
    return infinitive && (rel.equals("dep") || h != null && h.relation().equals("obl:to"));
  }

  /**
   * "accused Armenian forces of shelling ...", parsed with the act hanging from the accused: the verb that accuses,
   * or -1.
   */
  private int accuserOf(Dependency h) {
    if (!h.relation().equals("acl:of") || h.governor() < 0) {
      return -1;
    }
    Dependency up = g.primaryHead(h.governor());
    boolean accused = up != null && up.governor() >= 0 && up.relation().equals("obj")
        && "accuse".equals(book.reporters().get(g.lemma(up.governor())));
    return accused ? up.governor() : -1;
  }

  /** "called on X to invest", often parsed as an adverbial clause with its own subject. */
  private static boolean isAppeal(String kind) {
    return "appeal".equals(kind) || "demand".equals(kind);
  }

  /** A control verb over the clause at {@code at}: shifts the code, the mode, or the acting side. */
  private void wrap(String kind, int gov, int at, String rel) {
    if (kind.equals("litotes")) {
      litotes(gov);
      return;
    }
    switch (kind) {
      case "future" -> mode = mode == Mode.ASSERTED ? Mode.FUTURE : mode;
      case "hedge" -> mode = Mode.HYPOTHETICAL;
      case "negate" -> mode = Mode.NEGATED;
      case "agent" -> { }
      default -> {
        if (!g.rules().on(CoderRule.CONTROL_SHIFT)) {
          break;
        }
        g.rules().fired(CoderRule.CONTROL_SHIFT);
        boolean controlsOther = kind.equals("intent") && Clause.firstOf(g, gov, "obj", "iobj") >= 0;
        String k = controlsOther ? "appeal" : kind;
        code = book.shift(k, code);
        sourceClause = gov;
        if (k.equals("appeal") || k.equals("demand")) {
          int addressee = Clause.firstOf(g, gov, "obj", "iobj");
          if (addressee < 0 && k.equals("appeal")) {
            addressee = Clause.firstOf(g, gov, "obl:to", "obl:on");
          }
          targetHead = addressee >= 0 || rel.equals("xcomp") ? addressee
              : Clause.firstOf(g, at, "nsubj", "nsubj:pass");
        }
      }
    }
    mode = Clause.localMode(g, gov, mode);
  }

  private Clause reportedBy(int gov, int at, String report) {
    boolean that = g.hasChildLemma(at, "mark", Set.of("that"));
    boolean would = Clause.hasAux(g, at, Set.of("would"));
    Mode m = mode == Mode.HYPOTHETICAL && would ? Mode.FUTURE : mode;
    return new Clause(code, m, sourceClause, targetHead, gov, report, that, Clause.refusal(g, trigger), would);
  }
}
