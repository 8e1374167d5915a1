package org.vigil.coding;

import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.Mode;

/**
 * What the clauses above a trigger do to its event: control verbs that shift its code ("pledged to strike" is a
 * threat), its mode (negation, modals, "if", "will", "plans to"), and a reporting verb whose subject claims it.
 * A value computed once per trigger.
 *
 * @param code the code after shifts
 * @param mode the mode from modals, negation and wrappers (historical and reported are settled later)
 * @param sourceClause verb whose subject acts, when a wrapper changes the actor (-1 for the trigger's own)
 * @param targetHead the controllee of an appeal or demand ("urged Iran to"), else -1
 * @param reporter reporting verb above the clause, or -1
 * @param reportKind "say" or "accuse", or null
 * @param thatClause true when the report introduces its clause with "that"
 * @param refusal true when the negation is a refusal ("will not", "would not"), not a report of non-events
 * @param wouldUnderReport true when a reported clause uses "would" (future in the past)
 */
record Clause(String code, Mode mode, int sourceClause, int targetHead, int reporter, String reportKind,
    boolean thatClause, boolean refusal, boolean wouldUnderReport) {

  private static final Set<String> HEDGES = Set.of("may", "might", "could", "should", "must");
  private static final Set<String> FUTURES = Set.of("will", "shall", "wo");
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");

  /** Reads the clause structure above {@code trigger} (a verb, or the verb carrying an event noun). */
  static Clause read(Graph g, PatternBook book, int trigger, String code) {
    Mode mode = localMode(g, trigger, Mode.ASSERTED);
    int sourceClause = -1;
    int targetHead = -1;
    int at = trigger;
    for (int hops = 0; hops < 6; hops++) {
      Dependency h = g.primaryHead(at);
      if (h == null) {
        break;
      }
      int gov = h.governor();
      String rel = Arguments.base(h.relation());
      String kind = book.wrappers().get(g.lemma(gov));
      boolean viaCcomp = rel.equals("ccomp") && ("negate".equals(kind) || "hedge".equals(kind));
      if ((rel.equals("xcomp") || viaCcomp) && kind != null && g.token(gov).isVerb()) {
        switch (kind) {
          case "future" -> mode = mode == Mode.ASSERTED ? Mode.FUTURE : mode;
          case "hedge" -> mode = Mode.HYPOTHETICAL;
          case "negate" -> mode = Mode.NEGATED;
          case "agent" -> { }
          default -> {
            boolean controlsOther = kind.equals("intent") && firstOf(g, gov, "obj", "iobj") >= 0;
            kind = controlsOther ? "appeal" : kind;
            code = book.shift(kind, code);
            sourceClause = gov;
            if (kind.equals("appeal") || kind.equals("demand")) {
              targetHead = firstOf(g, gov, "obj", "iobj");
            }
          }
        }
        mode = localMode(g, gov, mode);
        at = gov;
        continue;
      }
      if ((rel.equals("ccomp") || rel.equals("parataxis")) && book.reporters().containsKey(g.lemma(gov))) {
        boolean that = g.hasChildLemma(at, "mark", Set.of("that"));
        boolean would = hasAux(g, at, Set.of("would"));
        Mode m = mode == Mode.HYPOTHETICAL && would ? Mode.FUTURE : mode;
        return new Clause(code, m, sourceClause, targetHead, gov, book.reporters().get(g.lemma(gov)), that,
            refusal(g, trigger), would);
      }
      if (rel.equals("conj") || rel.equals("advcl") && g.hasChildLemma(at, "mark", Set.of("if", "unless"))) {
        if (!rel.equals("conj")) {
          mode = Mode.HYPOTHETICAL;
        }
        at = gov;
        continue;
      }
      break;
    }
    return new Clause(code, mode, sourceClause, targetHead, -1, null, false, refusal(g, trigger), false);
  }

  private static boolean refusal(Graph g, int v) {
    return hasAux(g, v, Set.of("will", "would", "wo", "shall", "can", "ca"));
  }

  private static int firstOf(Graph g, int v, String... rels) {
    for (String r : rels) {
      int i = g.first(v, r);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasAux(Graph g, int v, Set<String> lemmas) {
    return g.hasChildLemma(v, "aux", lemmas);
  }

  /** Negation and modals attached to verb {@code v}. */
  static Mode localMode(Graph g, int v, Mode mode) {
    if (mode == Mode.NEGATED) {
      return mode;
    }
    for (Dependency d : g.children(v)) {
      String lemma = g.lemma(d.dependent());
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATORS.contains(lemma)) {
        return Mode.NEGATED;
      }
      if (r.startsWith("nsubj") && g.hasChildLemma(d.dependent(), "det", Set.of("no"))) {
        return Mode.NEGATED;
      }
      if (r.equals("aux")) {
        if (HEDGES.contains(lemma) || lemma.equals("would")) {
          mode = Mode.HYPOTHETICAL;
        } else if (FUTURES.contains(lemma) && mode == Mode.ASSERTED) {
          mode = Mode.FUTURE;
        }
      }
      if (r.equals("mark") && (lemma.equals("if") || lemma.equals("unless"))) {
        mode = Mode.HYPOTHETICAL;
      }
    }
    return mode;
  }
}
