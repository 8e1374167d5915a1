package org.vigil.coding;

import java.util.Locale;
import java.util.Set;
import org.vigil.model.ActorRef;

/**
 * The TYPE rules that recode force by who uses it on whom. Unidentified armed men ("gunmen", "assailants"), or an
 * unnamed attacker (an agentless passive), attacking people who do not bear arms commit unconventional violence
 * (180); against soldiers, police or armed groups it is still a fight (190, 193). Deadly force by any non-state
 * armed side, named groups included, on civilians, students, journalists or clergy is 180 too. Violence by a crowd of
 * protesters without weapons of war (storming, besieging, occupying, beating, wrecking) is a violent protest
 * (145); state forces using force on protesters repress them (175). Stateless; thread-safe.
 */
final class ForceCodes {
  private static final Set<String> STATE_FORCES = Set.of("COP", "MIL", "GOV");
  private static final Set<String> ARMED = Set.of("MIL", "COP", "REB", "INS", "UAF", "SEP", "SPY");
  /** Non-state armed sides, named groups included, whose deadly force on people without arms is 180. */
  private static final Set<String> NON_STATE_ARMED = Set.of("REB", "INS", "SEP", "UAF", "CRM", "RAD");
  /** People without arms: civilians, students, journalists, clergy, health and aid workers, refugees, workers. */
  private static final Set<String> UNARMED = Set.of("CVL", "EDU", "MED", "REL", "HLH", "REF", "NGO", "LAB", "AGR");

  private ForceCodes() {}

  /** The rule that recodes {@code code} done by {@code s} to {@code t}, if one applies and is on, else null. */
  static CoderRule rule(ActorRef s, ActorRef t, String code, Graph g) {
    RuleTrace rules = g.rules();
    Set<String> crowd = g.words("crowd-stems");
    boolean unarmed = code.startsWith("18") || code.equals("190") || code.equals("191") || code.equals("192")
        || code.equals("1712");
    if (isCrowd(s, crowd) && unarmed && rules.on(CoderRule.CROWD_VIOLENCE)) {
      return CoderRule.CROWD_VIOLENCE;
    }
    boolean force = code.startsWith("18") || code.equals("190") || code.equals("193");
    if (force && t != null && isCrowd(t, crowd) && STATE_FORCES.contains(String.valueOf(s.sector()))
        && rules.on(CoderRule.PROTEST_REPRESSION)) {
      return CoderRule.PROTEST_REPRESSION;
    }
    boolean armedAttack = code.equals("190") || code.equals("193");
    boolean armedTarget = t != null && ARMED.contains(String.valueOf(t.sector()));
    boolean unknown = "UAF".equals(s.sector()) && s.country() == null
        || s.isUnresolved() && s.text().isEmpty() && t != null && t.sector() != null; // "was shot dead"
    boolean irregular = armedAttack && !armedTarget && unknown;
    if (irregular && rules.on(CoderRule.UNCONVENTIONAL_VIOLENCE)) {
      return CoderRule.UNCONVENTIONAL_VIOLENCE;
    }
    boolean onCivilians = armedAttack && t != null && UNARMED.contains(String.valueOf(t.sector()))
        && (NON_STATE_ARMED.contains(String.valueOf(s.sector())) || s.isUnresolved());
    return onCivilians && rules.on(CoderRule.CIVILIAN_VICTIMS) ? CoderRule.CIVILIAN_VICTIMS : null;
  }

  /** The code {@code rule} (one of {@link #rule}'s) gives, or {@code code} when it is null. */
  static String recode(CoderRule rule, String code) {
    if (rule == null) {
      return code;
    }
    return switch (rule) {
      case CROWD_VIOLENCE -> "145";
      case PROTEST_REPRESSION -> "175";
      case UNCONVENTIONAL_VIOLENCE, CIVILIAN_VICTIMS -> "180";
      default -> code;
    };
  }

  /** Protesters, demonstrators, rioters: their violence ("protesters stormed the residence") is a violent protest. */
  private static boolean isCrowd(ActorRef s, Set<String> crowdStems) {
    String text = s.text().toLowerCase(Locale.ROOT);
    return (s.sector() == null || s.sector().equals("OPP")) && s.actor() == null
        && crowdStems.stream().anyMatch(text::contains);
  }
}
