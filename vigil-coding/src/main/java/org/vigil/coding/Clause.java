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
    return new ClauseWalk(g, book, trigger, code).walk();
  }

  static boolean refusal(Graph g, int v) {
    return hasAux(g, v, Set.of("will", "would", "wo", "shall", "can", "ca"));
  }

  static int firstOf(Graph g, int v, String... rels) {
    for (String r : rels) {
      int i = g.first(v, r);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  static boolean hasAux(Graph g, int v, Set<String> lemmas) {
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
