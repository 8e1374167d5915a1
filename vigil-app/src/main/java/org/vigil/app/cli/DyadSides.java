package org.vigil.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vigil.actors.ActorKnowledgeBase;
import org.vigil.actors.ActorEntry;

/**
 * One side of a dyad as SQL: a country code or actor id, optionally rolled up so that a sponsor state also
 * counts the groups it backs (and their member groups). Stateless.
 */
final class DyadSides {
  /** How far a side reaches. */
  enum RollUp { country, sponsor }

  /** One side: the country/actor code as given and the actor ids it covers. */
  record Side(String code, Set<String> actorIds) {}

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

  private DyadSides() {}

  static Side side(String code, RollUp rollUp, List<Path> actorDirs) {
    if (!SAFE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a country code or actor id: '" + code + "'");
    }
    Set<String> ids = new TreeSet<>(Set.of(code));
    if (rollUp == RollUp.sponsor) {
      ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(actorDirs);
      for (ActorEntry e : kb.entries()) {
        List<String> levels = kb.rollUp(e.id());
        if (levels.stream().anyMatch(l -> l.equalsIgnoreCase(code))) {
          ids.add(e.id());
        }
      }
    }
    return new Side(code, ids);
  }

  /** Asserted current events between the two sides, either direction. */
  static String pairPredicate(Side a, Side b) {
    return "is_current AND mode = 'asserted' AND ((" + of("src", a) + " AND " + of("tgt", b) + ") OR ("
        + of("src", b) + " AND " + of("tgt", a) + "))";
  }

  private static String of(String column, Side s) {
    StringBuilder in = new StringBuilder();
    for (String id : s.actorIds()) {
      in.append(in.length() == 0 ? "" : ", ").append('\'').append(id).append('\'');
    }
    return "(" + column + "_country = '" + s.code().toUpperCase(Locale.ROOT) + "' OR " + column + "_actor IN ("
        + in + "))";
  }
}
