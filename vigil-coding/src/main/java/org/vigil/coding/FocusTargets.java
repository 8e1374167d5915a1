package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Place;

/**
 * Rule focus-target: a foreign party's comment, appeal, demand, criticism, rejection or threat that names no target ("the EU urged
 * an immediate end to the violence", "the United States expressed concern about the situation") is about the
 * country the article is about, its focus country, when the geocoder found one unambiguously. Only the inferred
 * focus counts: where a statement was made ("said in Paris") is no target; and a party speaking in a story about
 * its own country may speak of anything, so it is left without target. Runs after geocoding; stateless.
 */
final class FocusTargets {
  private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "10", "11", "12", "13");
  private final RuleSwitches switches;

  FocusTargets(RuleSwitches switches) {
    this.switches = Objects.requireNonNull(switches, "switches");
  }

  /** The events, with target-less verbal acts aimed at the article's focus country. */
  List<Event> apply(List<Event> events) {
    if (!switches.on(CoderRule.FOCUS_TARGET)) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(applies(e) ? withFocus(e, e.location()) : e);
    }
    return out;
  }

  private static boolean applies(Event e) {
    return openTowardsFocus(e) && VERBAL_ROOTS.contains(e.code().root()) && e.source() != null
        && !e.location().country().equals(e.source().country());
  }

  /**
   * True when the event names no placed target (none, or one with neither country nor actor) and its place is the
   * article's focus as the geocoder inferred it, in one country: the test both focus rules share.
   */
  static boolean openTowardsFocus(Event e) {
    Place p = e.location();
    ActorRef t = e.target();
    boolean open = t == null || t.country() == null && t.actor() == null;
    return open && p != null && p.inferred() && p.country() != null && p.countries().size() <= 1;
  }

  private static Event withFocus(Event e, Place p) {
    String text = e.target() == null ? p.name() : e.target().text();
    String sector = e.target() == null ? null : e.target().sector();
    ActorRef t = new ActorRef(text, p.country(), sector, null, null, "article focus country: " + p.name());
    return e.withTarget(t).withRule(CoderRule.FOCUS_TARGET.ruleName());
  }
}
