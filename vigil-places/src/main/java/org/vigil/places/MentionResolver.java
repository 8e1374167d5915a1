package org.vigil.places;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.vigil.model.Place;
import org.vigil.places.gazetteer.Direction;
import org.vigil.places.gazetteer.Gazetteer;
import org.vigil.places.gazetteer.Gazetteer.Kind;
import org.vigil.places.gazetteer.PlaceNames;

/**
 * Resolves one {@link PlaceMention} against the gazetteer in a {@link PlaceContext}: names through the
 * {@link CandidateRanker}; a border to both countries with a point on their common border (the build-time
 * border point from the countries' outlines, else the midpoint of their centroids); "northern Iraq" to the
 * mean position of Iraq's places in its northern third. Immutable and thread-safe.
 */
final class MentionResolver {
  private final Gazetteer gaz;
  private final CandidateRanker ranker;

  MentionResolver(Gazetteer gaz) {
    this.gaz = gaz;
    this.ranker = new CandidateRanker(gaz);
  }

  CandidateRanker ranker() {
    return ranker;
  }

  Optional<ResolvedMention> resolve(PlaceMention m, PlaceContext ctx, int self) {
    if (m.kind() == PlaceMention.Kind.BORDER) {
      return border(m, ctx);
    }
    List<PlaceCandidate> ranked = candidates(m.names().get(0), ctx, self, preference(m));
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    PlaceCandidate win = ranked.get(0);
    Place place = win.place();
    if (m.direction() != null && gaz.kind(win.id()) == Kind.COUNTRY) {
      place = part(win.id(), m.direction(), place.reason());
    }
    return Optional.of(new ResolvedMention(m, place, win.id(), List.of(gaz.country(win.id())), ranked));
  }

  /** Ranked candidates of a name; tries the name without a region word or a trailing "city" when unknown. */
  List<PlaceCandidate> candidates(String name, PlaceContext ctx, int self, CandidateRanker.Preference pref) {
    String key = PlaceNames.normalize(name);
    int[] ids = gaz.lookup(key);
    if (ids.length == 0) {
      ids = gaz.lookup(PlaceNames.withoutRegionWord(key));
    }
    if (ids.length == 0 && key.endsWith(" city")) {
      ids = gaz.lookup(key.substring(0, key.length() - 5));
    }
    if (ids.length == 0 && key.startsWith("the ")) {
      ids = gaz.lookup(key.substring(4));
    }
    return ranker.rank(ids, ctx, self, pref);
  }

  CandidateRanker.Preference preference(PlaceMention m) {
    int[] qualifier = m.qualifier().isEmpty() ? new int[0] : gaz.lookup(PlaceNames.normalize(m.qualifier()));
    boolean regionWord = m.regionWord() || !PlaceNames.withoutRegionWord(
        PlaceNames.normalize(m.names().get(0))).equals(PlaceNames.normalize(m.names().get(0)));
    return (g, id, why) -> {
      double s = 0;
      if (regionWord && g.kind(id) == Kind.REGION) {
        s += 4;
        why.append("; region word +4.0");
      }
      if (m.direction() != null && g.kind(id) != Kind.PLACE) {
        s += 1;
        why.append("; direction part of a country or region +1.0");
      }
      int country = g.country(id);
      int region = g.region(id);
      if (IntStream.of(qualifier).anyMatch(q -> q == country || q == region)) {
        s += 6;
        why.append("; qualified by ").append(m.qualifier()).append(" +6.0");
      }
      return s;
    };
  }

  private Place part(int country, Direction d, String reason) {
    double[] p = gaz.directionPoint(country, d);
    String a3 = gaz.alpha3(country);
    return new Place(d.adjective() + " " + gaz.name(country), a3, List.of(a3), p[0], p[1], 2, null, false,
        reason + "; " + d.adjective() + " part: mean position of the country's places in that third");
  }

  private Optional<ResolvedMention> border(PlaceMention m, PlaceContext ctx) {
    Optional<Integer> a = country(m.names().get(0));
    Optional<Integer> b = country(m.names().get(1));
    if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
      return Optional.empty();
    }
    int ca = a.get();
    int cb = b.get();
    Optional<double[]> shared = gaz.borderPoint(ca, cb);
    double[] p = shared.orElse(new double[] {(gaz.lat(ca) + gaz.lat(cb)) / 2, (gaz.lon(ca) + gaz.lon(cb)) / 2});
    String how = shared.isPresent()
        ? "point on the common border of the two countries' outlines (world-countries)"
        : "countries share no land border in the data: midpoint of their centroids";
    String name = gaz.name(ca) + "-" + gaz.name(cb) + " border";
    Place place = new Place(name, gaz.alpha3(ca), List.of(gaz.alpha3(ca), gaz.alpha3(cb)), p[0], p[1], 2, null,
        false, String.format(Locale.ROOT, "border of %s and %s; %s", gaz.alpha3(ca), gaz.alpha3(cb), how));
    return Optional.of(new ResolvedMention(m, place, -1, List.of(ca, cb), List.of()));
  }

  /** A country named by name, spelling or demonym ("Syria", "Syrian"). */
  private Optional<Integer> country(String name) {
    String key = PlaceNames.normalize(name);
    for (int id : gaz.lookup(key)) {
      if (gaz.kind(id) == Kind.COUNTRY) {
        return Optional.of(id);
      }
    }
    int[] d = gaz.lookupDemonym(key);
    return d.length > 0 ? Optional.of(d[0]) : Optional.empty();
  }
}
