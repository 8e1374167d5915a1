package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Place;

/**
 * Gives a state organ known only by its sector ("the government", "police", "a court in Guyana") the country
 * its context names: the place written inside its own phrase; else, when the other side names no country (so no
 * two countries compete), the place of the act or the article's focus country; the place of an act whose other side is
 * of that same country too ("the government imposed a curfew in Kano", "police fired tear gas at protesters in
 * Nairobi"), unless an unnamed army fights there (armies fight abroad). The reason is kept in
 * {@link ActorRef#basis()}. Runs after geocoding; stateless and thread-safe.
 */
public final class ContextCountries {
  private final RuleSwitches switches;

  /** With every rule on. */
  public ContextCountries() {
    this(RuleSwitches.allOn());
  }

  /** With rule context-country as {@code switches} say. */
  public ContextCountries(RuleSwitches switches) {
    this.switches = Objects.requireNonNull(switches, "switches");
  }

  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /** The events, with sector-only state actors placed where the context is unambiguous. */
  public List<Event> apply(List<Event> events) {
    Objects.requireNonNull(events, "events");
    if (!switches.on(CoderRule.CONTEXT_COUNTRY)) {
      return List.copyOf(events);
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      boolean conflict = e.code().root().compareTo("18") >= 0;
      ActorRef s = place(e.source(), e.target(), e.location(), conflict);
      ActorRef t = place(e.target(), s, e.location(), conflict);
      out.add(s == e.source() && t == e.target() ? e : new Event(e.articleId(), e.sentence(), e.span(),
          e.trigger(), e.text(), e.date(), e.articleDate(), s, t, e.code(), e.mode(), e.claimant(), e.location(),
          e.fatalities(), e.pattern(), e.rules()).withRule(CoderRule.CONTEXT_COUNTRY.ruleName()));
    }
    return out;
  }

  private static ActorRef place(ActorRef a, ActorRef other, Place p, boolean conflict) {
    if (a == null || p == null || p.country() == null || p.countries().size() > 1 || a.country() != null
        || a.actor() != null || a.sector() == null || !STATE_SECTORS.contains(a.sector())) {
      return a;
    }
    if (!p.inferred() && names(a.text(), p.name())) {
      return with(a, p.country(), "place in its phrase: " + p.name());
    }
    boolean alone = other == null || other.country() == null && other.actor() == null;
    boolean local = !conflict || !a.sector().equals("MIL");
    boolean domestic = !p.inferred() && local && other != null && p.country().equals(other.country());
    if (alone || domestic) {
      return with(a, p.country(), (p.inferred() ? "article context: " : "place of the act: ") + p.name());
    }
    return a;
  }

  private static boolean names(String text, String place) {
    return !place.isBlank() && text.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT));
  }

  private static ActorRef with(ActorRef a, String country, String why) {
    return new ActorRef(a.text(), country, a.sector(), null, a.nerType(), why + "; " + a.basis());
  }
}
