package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Place;

/**
 * The CAMEO coders' convention for events that name no target: when the act's own clause names where it
 * happened and the act is one whose object is a place (meetings and visits, protests, force postures, coercion,
 * assaults, fights), the country of that place is the target ("talks in Zurich" → CHE, "protests in Beijing" →
 * CHN), and so is a target known without a country or only as a transnational group (IMG: al-Qaeda hideouts in
 * Somalia are SOM); protesters
 * no dictionary places are people of that place. Runs after geocoding, over events only; inferred places (the
 * article's focus) never count, nor places on a border between two countries. Events that still place neither
 * side are dropped: dyadic event data needs a country or a known actor on at least one side. Stateless;
 * thread-safe.
 */
public final class PlaceTargets {
  private final RuleSwitches switches;

  /** With every rule on. */
  public PlaceTargets() {
    this(RuleSwitches.allOn());
  }

  /** With rules place-target and protesters-of-place as {@code switches} say. */
  public PlaceTargets(RuleSwitches switches) {
    this.switches = java.util.Objects.requireNonNull(switches, "switches");
  }

  /** CAMEO's code for an international militarized group: struck somewhere, the target is that country. */
  private static final String TRANSNATIONAL = "IMG";
  private static final Set<String> PLACE_OBJECT_ROOTS = Set.of("04", "14", "15", "17", "18", "19", "20");

  /** The events, with an empty target filled from the place of the act where the convention applies. */
  public List<Event> apply(List<Event> events) {
    Objects.requireNonNull(events, "events");
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      boolean toPlace = switches.on(CoderRule.PLACE_TARGET) && applies(e);
      Event placed = toPlace ? e.withTarget(target(e.target(), e.location())).withRule(
          CoderRule.PLACE_TARGET.ruleName()) : e;
      if (switches.on(CoderRule.PROTESTERS_OF_PLACE) && protestersOfPlace(placed)) {
        placed = placed.withSource(target(placed.source(), placed.location())).withRule(
            CoderRule.PROTESTERS_OF_PLACE.ruleName());
      }
      if (placed(placed.source()) || placed(placed.target())) {
        out.add(placed);
      }
    }
    return out;
  }

  private static boolean applies(Event e) {
    Place p = e.location();
    if (p == null || p.inferred() || p.country() == null || p.countries().size() > 1) {
      return false;
    }
    if (!PLACE_OBJECT_ROOTS.contains(e.code().root())) {
      return false;
    }
    ActorRef t = e.target();
    return t == null || t.country() == null || TRANSNATIONAL.equals(t.country());
  }

  /** Protesters no dictionary places are people of the place they protest in ("thousands rallied in Dhaka"). */
  private static boolean protestersOfPlace(Event e) {
    Place p = e.location();
    ActorRef s = e.source();
    return e.code().root().equals("14") && p != null && !p.inferred() && p.country() != null
        && p.countries().size() == 1 && s != null && !s.text().isEmpty() && s.country() == null
        && s.actor() == null;
  }

  private static boolean placed(ActorRef a) {
    return a != null && (a.country() != null || a.actor() != null);
  }

  private static ActorRef target(ActorRef t, Place p) {
    String basis = "place of the act: " + p.name();
    if (t == null) {
      return new ActorRef(p.name(), p.country(), null, null, null, basis);
    }
    return new ActorRef(t.text(), p.country(), t.sector(), t.actor(), t.nerType(), basis + "; " + t.basis());
  }

}
