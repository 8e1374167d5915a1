package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/**
 * A claim of responsibility that names no target of its own ("Al-Shabaab claimed responsibility for the attack",
 * told after the attack) is directed at the target of the act it claims: the last asserted act of violence
 * (CAMEO 18–20) the article told at or before the claim's sentence. Runs after geocoding, so that an attack
 * placed only by its place has its country. Rule claim-target. Stateless; thread-safe.
 */
final class ClaimTargets {
  private final RuleSwitches switches;
  private static final String CLAIM = "015";
  /** A claim reaches back at most this many sentences for the act it claims. */
  private static final int REACH = 3;

  ClaimTargets(RuleSwitches switches) {
    this.switches = Objects.requireNonNull(switches, "switches");
  }

  /** The events, with target-less claims of responsibility aimed at the act they claim. */
  List<Event> apply(List<Event> events) {
    Objects.requireNonNull(events, "events");
    if (!switches.on(CoderRule.CLAIM_TARGET)) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Event act = isOpenClaim(e) ? claimedAct(events, e) : null;
      out.add(act == null ? e : withTarget(e, act.target()));
    }
    return out;
  }

  private static boolean isOpenClaim(Event e) {
    return e.code().code().equals(CLAIM) && !placed(e.target());
  }

  /** The last asserted violent act of the article at or before the claim, within reach; null when none. */
  private static Event claimedAct(List<Event> events, Event claim) {
    Event found = null;
    for (Event o : events) {
      boolean before = o.sentence() <= claim.sentence() && o.sentence() >= claim.sentence() - REACH
          && o.trigger().start() < claim.trigger().start();
      if (before && o.articleId().equals(claim.articleId()) && violent(o) && o.mode() == Mode.ASSERTED
          && placed(o.target()) && !sameActor(o.target(), claim.source())) {
        found = o;
      }
    }
    return found;
  }

  private static boolean violent(Event e) {
    String root = e.code().root();
    return root.compareTo("18") >= 0 && root.compareTo("20") <= 0;
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a != null && b != null && (a.actor() != null && a.actor().equals(b.actor())
        || a.actor() == null && b.actor() == null && Objects.equals(a.country(), b.country())
        && Objects.equals(a.sector(), b.sector()));
  }

  private static boolean placed(ActorRef a) {
    return a != null && (a.country() != null || a.actor() != null);
  }

  private static Event withTarget(Event e, ActorRef target) {
    ActorRef t = new ActorRef(target.text(), target.country(), target.sector(), target.actor(), target.nerType(),
        "target of the act claimed: " + target.basis());
    return e.withTarget(t).withRule(CoderRule.CLAIM_TARGET.ruleName());
  }
}
