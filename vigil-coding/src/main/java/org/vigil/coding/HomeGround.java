package org.vigil.coding;

import java.util.Set;
import org.vigil.model.ActorRef;

/**
 * Rule home-ground: armed groups, insurgents, crowds and police of a country act at home, so in their acts of
 * violence the people they strike whom the text knows only by a sector ("government soldiers", "17 people") are of
 * their country. Armies (which fight abroad) and transnational groups (IMG) are not assumed at home. Stateless.
 */
final class HomeGround {
  private static final Set<String> HOME_SECTORS = Set.of("REB", "INS", "SEP", "OPP", "CVL", "CRM", "RAD", "PTY",
      "COP");
  private static final String TRANSNATIONAL = "IMG";

  private HomeGround() {}

  /** True when {@code s} is a side of a known country that acts in it. */
  static boolean atHome(ActorRef s) {
    return s.country() != null && !s.country().equals(TRANSNATIONAL)
        && HOME_SECTORS.contains(String.valueOf(s.sector()));
  }
}
