package org.vigil.places;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;

/**
 * Picks the place phrase that belongs to an event's own clause: the locative place mention (marked by a
 * preposition such as "in", "near", "outside"; a city as the verb's object, "shelled Kharkiv"; or a compound
 * modifier of the trigger, "the Baghdad bombing")
 * nearest to the trigger in the dependency graph, without crossing into another clause (ccomp, advcl,
 * parataxis, csubj, conjoined verbs). Stateless; thread-safe.
 */
final class ClauseLocator {
  private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "inside", "around",
      "across", "along", "on", "into", "within", "throughout", "off", "over", "toward", "towards", "beyond",
      "through", "nearby");
  private static final Set<String> RELATIVE_PLACE = Set.of("north", "south", "east", "west", "northeast",
      "northwest", "southeast", "southwest", "outskirts", "suburbs", "heart", "centre", "center", "edge",
      "coast", "coasts", "coastline", "shore", "shores", "waters");
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "district", "province",
      "region", "area", "neighbourhood", "neighborhood", "suburb", "port", "capital", "county", "governorate",
      "municipality", "island", "state", "oblast", "prefecture", "republic", "resort", "enclave", "territory",
      "peninsula");
  private static final Set<String> CLAUSE_EDGES = Set.of("ccomp", "advcl", "parataxis", "csubj", "list");
  private static final int BOUNDARY = 100;
  private static final double INSIDE_KM = 250;

  /** The mention of {@code s} that locates the event triggered at {@code trigger}, if its clause names one. */
  Optional<ResolvedMention> locate(Sentence s, Span trigger, List<ResolvedMention> mentions) {
    int[] from = triggerTokens(s, trigger);
    List<ResolvedMention> locative = mentions.stream()
        .filter(m -> isLocative(s, m.mention()) || isPlaceObject(s, m) || isTriggerModifier(s, m, from)
            || isTriggerObject(s, m, from) || isNamedByPlaceNoun(s, m))
        .toList();
    if (locative.isEmpty()) {
      return Optional.empty();
    }
    if (!s.parsed() || s.dependencies().isEmpty()) {
      return nearestByPosition(from, locative);
    }
    int[] dist = distances(s, from);
    ResolvedMention best = null;
    int bestD = BOUNDARY;
    for (ResolvedMention m : locative) {
      int d = dist[m.mention().head()];
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    return Optional.ofNullable(best).map(b -> finest(b, locative, dist));
  }

  /**
   * A finer place of the same clause inside the chosen one wins ("raided a camp near Jenin in the West Bank"
   * is Jenin): same country, and within {@link #INSIDE_KM} of a region.
   */
  private static ResolvedMention finest(ResolvedMention chosen, List<ResolvedMention> all, int[] dist) {
    ResolvedMention out = chosen;
    for (ResolvedMention m : all) {
      Place p = m.place();
      Place q = out.place();
      boolean inClause = dist[m.mention().head()] < BOUNDARY;
      boolean inside = q.country() != null && q.country().equals(p.country()) && q.countries().size() == 1
          && (q.precision() == 3 || Geo.km(p.lat(), p.lon(), q.lat(), q.lon()) < INSIDE_KM);
      if (inClause && p.precision() < q.precision() && inside) {
        out = m;
      }
    }
    return out;
  }

  /** A city or region as object of a verb ("shelled Kharkiv", "a tornado hit Paris") is where it happened. */
  private static boolean isPlaceObject(Sentence s, ResolvedMention m) {
    return m.place().precision() < 3 && isVerbObject(s, m.mention().head());
  }

  private static boolean isVerbObject(Sentence s, int head) {
    Dependency up = s.headEdgeOf(head);
    return up != null && up.governor() >= 0
        && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))
        && s.tokens().get(up.governor()).isVerb();
  }

  /**
   * A place a place noun names ("in the city of Goma", "shelled districts of Kharkiv", "in the capital,
   * Damascus") stands where the noun does: locative, or a verb's object.
   */
  private static boolean isNamedByPlaceNoun(Sentence s, ResolvedMention m) {
    Dependency up = s.headEdgeOf(m.mention().head());
    boolean named = up != null && (up.relation().equals("nmod:of") || up.relation().equals("appos"));
    if (!named || up.governor() < 0
        || !PLACE_NOUNS.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int noun = up.governor();
    Dependency above = s.headEdgeOf(noun);
    String[] rel = above == null ? new String[] {""} : above.relation().split(":", 2);
    boolean locative = (rel[0].equals("obl") || rel[0].equals("nmod")) && rel.length == 2
        && LOCATIVE.contains(rel[1]);
    return hasLocativeCase(s, noun) || locative || m.place().precision() < 3 && isVerbObject(s, noun);
  }

  /**
   * A city or region compounded onto the trigger noun ("the Baghdad bombing") locates it; a country there
   * names the actor ("a US drone strike"), and "US troops" is no trigger.
   */
  private static boolean isTriggerModifier(Sentence s, ResolvedMention m, int[] trigger) {
    Dependency up = s.headEdgeOf(m.mention().head());
    return up != null && up.relation().equals("compound") && m.place().precision() < 3
        && Arrays.stream(trigger).anyMatch(t -> t == up.governor());
  }

  /**
   * A city or region as the of-object of the trigger noun ("the shelling of Ras al-Ayn", "the capture of
   * Mosul") is where the act happened; a country there is more often its target ("condemnation of Russia").
   */
  private static boolean isTriggerObject(Sentence s, ResolvedMention m, int[] trigger) {
    Dependency up = s.headEdgeOf(m.mention().head());
    return up != null && up.relation().equals("nmod:of") && m.place().precision() < 3
        && Arrays.stream(trigger).anyMatch(t -> t == up.governor());
  }

  /**
   * True when the phrase says where something is or happens: "in Iraq", "near the border", "north of Homs"
   * (a locative case marker, or an enhanced obl:/nmod: relation naming one, as conjuncts inherit it).
   */
  static boolean isLocative(Sentence s, PlaceMention m) {
    if (hasLocativeCase(s, m.head())) {
      return true;
    }
    Dependency up = s.headEdgeOf(m.head());
    if (up != null && up.governor() >= 0) {
      String[] rel = up.relation().split(":", 2);
      if ((rel[0].equals("obl") || rel[0].equals("nmod")) && rel.length == 2 && LOCATIVE.contains(rel[1])) {
        return true;
      }
      if (RELATIVE_PLACE.contains(lower(s.tokens().get(up.governor())))) {
        return true;
      }
    }
    int k = m.start() - 1;
    while (k >= 0 && Set.of("the", "a").contains(lower(s.tokens().get(k)))) {
      k--;
    }
    return k >= 0 && (LOCATIVE.contains(lower(s.tokens().get(k)))
        || k >= 1 && lower(s.tokens().get(k)).equals("of")
        && RELATIVE_PLACE.contains(lower(s.tokens().get(k - 1))));
  }

  private static boolean hasLocativeCase(Sentence s, int head) {
    for (Dependency d : s.dependentsOf(head)) {
      if (d.relation().equals("case") && LOCATIVE.contains(lower(s.tokens().get(d.dependent())))) {
        return true;
      }
    }
    return false;
  }

  private static int[] triggerTokens(Sentence s, Span trigger) {
    if (trigger != null) {
      int[] hits = s.tokens().stream()
          .filter(t -> t.span().start() < trigger.end() && trigger.start() < t.span().end())
          .mapToInt(Token::index).toArray();
      if (hits.length > 0) {
        return hits;
      }
    }
    return s.dependentsOf(-1).stream().mapToInt(Dependency::dependent).toArray();
  }

  private static int[] distances(Sentence s, int[] from) {
    int n = s.tokens().size();
    int[] dist = new int[n];
    Arrays.fill(dist, Integer.MAX_VALUE);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int f : from) {
      dist[f] = 0;
      queue.add(f);
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (Dependency d : s.dependencies()) {
        int v = d.governor() == u ? d.dependent() : d.dependent() == u ? d.governor() : -1;
        if (v < 0) {
          continue;
        }
        int cost = dist[u] + (isClauseBoundary(s, d) ? BOUNDARY : 1);
        if (cost < dist[v]) {
          dist[v] = cost;
          queue.add(v);
        }
      }
    }
    return dist;
  }

  private static boolean isClauseBoundary(Sentence s, Dependency d) {
    String rel = d.relation();
    if (CLAUSE_EDGES.contains(rel.split(":")[0])) {
      return true;
    }
    return rel.startsWith("conj") && s.tokens().get(d.governor()).isVerb()
        && s.tokens().get(d.dependent()).isVerb();
  }

  private static Optional<ResolvedMention> nearestByPosition(int[] from, List<ResolvedMention> mentions) {
    int anchor = from.length == 0 ? 0 : from[0];
    ResolvedMention best = null;
    int bestD = Integer.MAX_VALUE;
    for (ResolvedMention m : mentions) {
      int d = Math.abs(m.mention().head() - anchor);
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
