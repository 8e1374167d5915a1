package org.vigil.coding;

import java.time.LocalDate;
import java.util.List;
import org.vigil.model.ActorRef;
import org.vigil.model.Mode;

/**
 * The MODE phase once actors are known, with the type shifts that go with it: refused cooperation becomes a
 * rejection, old acts historical, a party's claim about a conflict act reported, one's own announced plan an
 * expressed intent. Each is a named rule recorded in the sentence's {@link RuleTrace}. One instance per sentence;
 * not thread-safe.
 */
final class ModeSettler {
  /** A code and mode after settling. */
  record Settled(String code, Mode mode) {}

  private final PatternBook book;
  private final Graph g;
  private final LocalDate articleDate;
  private final RuleTrace rules;

  ModeSettler(PatternBook book, Graph g, LocalDate articleDate) {
    this.book = book;
    this.g = g;
    this.articleDate = articleDate;
    this.rules = g.rules();
  }

  Settled settle(RoleReader.Draft d, ActorRef claimant, List<ActorRef> sources) {
    Clause cl = d.clause();
    String code = cl.code();
    Mode mode = cl.mode();
    if (litotes(d.pattern()) && rules.on(CoderRule.LITOTES_THREAT)) {
      mode = rules.applies(CoderRule.LITOTES_THREAT, mode == Mode.NEGATED) ? Mode.ASSERTED : Mode.NEGATED;
    }
    if (rules.applies(CoderRule.REFUSAL_REJECTS, mode == Mode.NEGATED && cl.refusal() && isCooperation(code))) {
      code = book.shift("reject", code);
      mode = Mode.ASSERTED;
    }
    if (rules.applies(CoderRule.HISTORICAL_TIME, mode == Mode.ASSERTED
        && Timing.historical(g, d.carrier(), articleDate))) {
      mode = Mode.HISTORICAL;
    }
    if (rules.applies(CoderRule.PAST_INCIDENT, (mode == Mode.ASSERTED || mode == Mode.REPORTED)
        && (Timing.reMentioned(g, d.trigger(), articleDate) || Timing.reMentioned(g, d.carrier(), articleDate)))) {
      mode = Mode.HISTORICAL;
    }
    boolean ownPlan = claimant != null && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL && cl.wouldUnderReport())
        && !attribution(d) && sources.stream().anyMatch(s -> Actors.sameSide(s, claimant));
    if (rules.applies(CoderRule.OWN_PLAN_INTENT, ownPlan)) {
      return new Settled(book.shift("intent", code), Mode.ASSERTED);
    }
    if (!ownPlan && rules.applies(CoderRule.CONTESTED_CLAIM, mode == Mode.ASSERTED
        && contested(cl, d.carrier(), claimant, sources))) {
      mode = Mode.REPORTED;
    }
    return new Settled(code, mode);
  }

  /**
   * A visit or meeting stated first and attributed after ("Putin will travel to Pyongyang, the Kremlin said") is a
   * schedule the reporter passes on, not a pledge: it keeps its own mode, while "X said it would" is X's intent.
   */
  private static boolean attribution(RoleReader.Draft d) {
    return d.clause().reporter() > d.carrier() && d.clause().code().startsWith("04");
  }

  /**
   * A conflict act that a party (not the press) says someone did is that party's claim: an accusation against
   * the doer, or a claim of responsibility when the party names itself. Attribution that follows the act ("gunmen
   * kidnapped 300 girls, police said") is the wire's sourcing and leaves the act asserted.
   */
  static boolean contested(Clause cl, int carrier, ActorRef claimant, List<ActorRef> sources) {
    if (Integer.parseInt(cl.code().substring(0, 2)) < 14 || cl.reporter() < 0) {
      return false;
    }
    if ("accuse".equals(cl.reportKind())) {
      return true;
    }
    if (carrier >= 0 && cl.reporter() > carrier) {
      return false;
    }
    if (claimant == null || sources.stream().allMatch(s -> Actors.sameState(s, claimant))) {
      return false;
    }
    return claimant.sector() == null || !claimant.sector().startsWith("MED");
  }

  /** A frame of holding back ("rule out force"): negated, it threatens what it holds back; asserted, it forgoes it. */
  private boolean litotes(Pattern p) {
    String name = p.particle().isEmpty() ? p.lemma() : p.lemma() + "_" + p.particle();
    return "litotes".equals(book.wrappers().get(name));
  }

  private static boolean isCooperation(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 3 && root <= 8;
  }
}
