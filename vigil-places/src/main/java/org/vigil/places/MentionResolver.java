package org.vigil.places;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * mean position of Iraq's places in its northern third; a sea, gulf or strait to itself, with no country unless
 * the text names the coast it lies off. Immutable and thread-safe.
 */
final class MentionResolver {
  private static final int SMALL_PLACE = 10_000;
  private static final double FAR_KM = 1000;
  private static final Pattern FACILITY =
      Pattern.compile("(?<=\\S) (international )?(airfield|air field|air base|airbase|airport|military base)$");
  private final Gazetteer gaz;
  private final CandidateRanker ranker;
  private final WaterBodies water;

  MentionResolver(Gazetteer gaz, WaterBodies water) {
    this.gaz = gaz;
    this.ranker = new CandidateRanker(gaz);
    this.water = water;
  }

  CandidateRanker ranker() {
    return ranker;
  }

  Optional<ResolvedMention> resolve(PlaceMention m, PlaceContext ctx, int self) {
    if (m.kind() == PlaceMention.Kind.BORDER) {
      return border(m, ctx);
    }
    if (m.kind() == PlaceMention.Kind.WATER) {
      return water.byName(m.names().get(0)).map(b -> water(m, b));
    }
    if (isWater(m.names().get(0))) {
      return Optional.empty();
    }
    List<PlaceCandidate> ranked = candidates(m.names().get(0), ctx, self, preference(m), 1);
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    PlaceCandidate win = ranked.get(0);
    if (implausible(win.id(), ctx, self) || m.weak() && !supported(win.id(), ctx, self)) {
      return Optional.empty();
    }
    Place place = win.place();
    if (m.direction() != null && gaz.kind(win.id()) == Kind.COUNTRY) {
      place = part(win.id(), m.direction(), place.reason());
    }
    return Optional.of(new ResolvedMention(m, place, win.id(), List.of(gaz.country(win.id())), ranked));
  }

  /**
   * A sea, gulf, strait or ocean ("the Red Sea", "Gulf of Aden", "Strait of Hormuz") is a place of its own, not
   * the coastal region or country the gazetteer names after it (Sudan's Red Sea state): no country.
   */
  static boolean isWater(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    return WATER.matcher(n).matches();
  }

  private static final java.util.regex.Pattern WATER = java.util.regex.Pattern.compile(
      "(?:.+ (?:sea|gulf|ocean|strait|straits))|(?:(?:sea|gulf|strait|straits|bay) of .+)");

  /**
   * A village-sized place in a country the article never names, far from every place it does name, is more
   * likely a gap in the gazetteer (the real place is missing) than the place meant: better no place.
   */
  private boolean implausible(int id, PlaceContext ctx, int self) {
    if (gaz.kind(id) != Kind.PLACE || gaz.population(id) >= SMALL_PLACE || ctx.focus() < 0) {
      return false;
    }
    int c = gaz.country(id);
    if (ctx.namedWeight(c, self) > 0 || ctx.isActorCountry(c)) {
      return false;
    }
    return ctx.anchors().stream().filter(a -> a.mention() != self && !Double.isNaN(a.lat()))
        .noneMatch(a -> Geo.km(a.lat(), a.lon(), gaz.lat(id), gaz.lon(id)) < FAR_KM);
  }

  /**
   * A weak (mistagged) mention counts as a country named in full, or as a town of at least
   * {@link #SMALL_PLACE} people or a region in a country the article already names ("in Congress" must not
   * become Congress, Arizona).
   */
  private boolean supported(int id, PlaceContext ctx, int self) {
    if (gaz.kind(id) == Kind.COUNTRY) {
      return true;
    }
    int c = gaz.country(id);
    boolean sizeable = gaz.kind(id) == Kind.REGION || gaz.population(id) >= SMALL_PLACE;
    return sizeable && (ctx.namedWeight(c, self) > 0 || ctx.isActorCountry(c));
  }

  /** Ranked candidates of a name; tries the name without a region word or a trailing "city" when unknown. */
  List<PlaceCandidate> candidates(String name, PlaceContext ctx, int self, CandidateRanker.Preference pref,
      int explained) {
    String key = PlaceNames.normalize(name);
    int[] ids = gaz.lookup(key);
    for (String fallback : fallbacks(key)) {
      if (ids.length > 0) {
        break;
      }
      key = fallback;
      ids = gaz.lookup(key);
    }
    return ranker.rank(key, ids, ctx, self, pref, explained);
  }

  /**
   * Shorter forms tried in turn when a name is unknown: without region word, trailing "city", "the", or a
   * facility named after its town ("Bagram Airfield", "Ain al-Asad Air Base").
   */
  private static List<String> fallbacks(String key) {
    return List.of(PlaceNames.withoutRegionWord(key),
        key.endsWith(" city") ? key.substring(0, key.length() - 5) : key,
        key.startsWith("the ") ? key.substring(4) : key,
        FACILITY.matcher(key).replaceFirst(""));
  }

  CandidateRanker.Preference preference(PlaceMention m) {
    int[] qualifier = m.qualifier().isEmpty() ? new int[0] : gaz.lookup(PlaceNames.normalize(m.qualifier()));
    boolean regionWord = m.regionWord() || !PlaceNames.withoutRegionWord(
        PlaceNames.normalize(m.names().get(0))).equals(PlaceNames.normalize(m.names().get(0)));
    return (g, id, why) -> {
      double s = 0;
      if (regionWord && g.kind(id) == Kind.REGION) {
        s += 4;
        why.add("; region word +4.0");
      }
      if (m.direction() != null && g.kind(id) != Kind.PLACE) {
        s += 1;
        why.add("; direction part of a country or region +1.0");
      }
      int country = g.country(id);
      int region = g.region(id);
      if (IntStream.of(qualifier).anyMatch(q -> q == country || q == region)) {
        s += 6;
        why.add("; qualified by ").add(m.qualifier()).add(" +6.0");
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

  /**
   * A water body is a place of its own: no country (so it never makes an act's target a country), unless the
   * text says which coast it lies off ("in the Red Sea off the coast of Yemen").
   */
  private ResolvedMention water(PlaceMention m, WaterBodies.Body b) {
    String why = b.kind() + " (water-bodies.tsv, approximate centre)";
    Optional<Integer> coast = m.qualifier().isEmpty() ? Optional.empty() : country(m.qualifier());
    if (coast.isEmpty()) {
      Place p = new Place(b.name(), null, List.of(), b.lat(), b.lon(), 2, null, false, why + "; no country");
      return new ResolvedMention(m, p, -1, List.of(), List.of());
    }
    String a3 = gaz.alpha3(coast.get());
    Place p = new Place(b.name(), a3, List.of(a3), b.lat(), b.lon(), 2, null, false,
        why + "; off the coast of " + m.qualifier() + " (" + a3 + ")");
    return new ResolvedMention(m, p, -1, List.of(coast.get()), List.of());
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
