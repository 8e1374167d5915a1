package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;

/**
 * Drops an event without a known target when the same sentence already codes the same source doing the same
 * kind of act (same CAMEO root, same mode) to a known target: "arrived in Tianjin on her first trip to China" is
 * one visit to China, not a visit to China and a visit to nowhere. Stateless; thread-safe.
 */
public final class RedundantEvents {
  private final RuleSwitches switches;

  /** With every rule on. */
  public RedundantEvents() {
    this(RuleSwitches.allOn());
  }

  /** With rule redundant-targetless as {@code switches} say. */
  public RedundantEvents(RuleSwitches switches) {
    this.switches = Objects.requireNonNull(switches, "switches");
  }

  /** The events without target-less repeats of a dyadic event of the same sentence. */
  public List<Event> apply(List<Event> events) {
    Objects.requireNonNull(events, "events");
    if (!switches.on(CoderRule.REDUNDANT_TARGETLESS)) {
      return List.copyOf(events);
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (known(e.target()) || events.stream().noneMatch(o -> covers(o, e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean covers(Event o, Event e) {
    return o != e && known(o.target()) && o.articleId().equals(e.articleId()) && o.sentence() == e.sentence()
        && o.mode() == e.mode() && o.code().root().equals(e.code().root()) && sameActor(o.source(), e.source());
  }

  private static boolean known(ActorRef a) {
    return a != null && (a.country() != null || a.actor() != null);
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    return a != null && b != null && Objects.equals(a.country(), b.country()) && Objects.equals(a.actor(), b.actor())
        && (a.country() != null || a.actor() != null);
  }
}
