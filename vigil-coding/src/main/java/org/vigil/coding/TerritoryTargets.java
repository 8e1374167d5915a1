package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Place;

/**
 * Rule territory-of-focus: territory taken, besieged or blockaded (CAMEO 191, 192) whose clause names no place the
 * gazetteer fixes ("its army retook Bor", "the rebels captured two state capitals") lies in the article's focus
 * country, which becomes the target when the text names no placed one, as CAMEO coders code territory taken from
 * any side ("Peshmerga retake a town" is IRQ). Runs after geocoding, before {@link PlaceTargets}; stateless and
 * thread-safe.
 */
final class TerritoryTargets {
  private final RuleSwitches switches;

  TerritoryTargets(RuleSwitches switches) {
    this.switches = Objects.requireNonNull(switches, "switches");
  }

  /** The events, with the focus country as target of territorial acts that name no placed target. */
  List<Event> apply(List<Event> events) {
    if (!switches.on(CoderRule.TERRITORY_OF_FOCUS)) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(applies(e) ? withTarget(e, e.location()).withRule(CoderRule.TERRITORY_OF_FOCUS.ruleName()) : e);
    }
    return out;
  }

  private static boolean applies(Event e) {
    String code = e.code().code();
    return (code.startsWith("191") || code.startsWith("192")) && FocusTargets.openTowardsFocus(e);
  }

  private static Event withTarget(Event e, Place p) {
    ActorRef t = e.target();
    String basis = "territory in the article's focus country: " + p.name();
    ActorRef target = t == null ? new ActorRef(p.name(), p.country(), null, null, null, basis)
        : new ActorRef(t.text(), p.country(), t.sector(), null, t.nerType(), basis + "; " + t.basis());
    return e.withTarget(target);
  }
}
