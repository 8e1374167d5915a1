package org.vigil.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vigil.model.Place;
import org.vigil.places.gazetteer.Gazetteer;
import org.vigil.places.gazetteer.Gazetteer.Kind;

/**
 * Scores gazetteer candidates for a name against an article's {@link PlaceContext}: prominence (log
 * population, capital or admin seat, country or region rank) plus context (country named elsewhere in the
 * article, actors' country, focus country, same admin-1 region as a named place, distance to named places).
 * A namesake of a far more prominent place keeps only a quarter of its country's bonus unless that country is
 * the article's locale (see {@link PlaceContext#isLocale}) or a named place lies near it: American envoys
 * meeting in an article about Syria do not move Dublin to Ohio. Immutable and thread-safe.
 */
final class CandidateRanker {
  /** Prominence gap (log10 population plus rank) from which a candidate counts as a lesser namesake. */
  private static final double NAMESAKE_GAP = 1.0;
  /** Share of the country bonus a lesser namesake keeps when the article's places lie elsewhere. */
  private static final double NAMESAKE_KEEP = 0.25;
  private final Gazetteer gaz;

  CandidateRanker(Gazetteer gaz) {
    this.gaz = gaz;
  }

  /**
   * Candidates for entity ids {@code ids}, best first; {@code self} is the mention's own index. Only the
   * first {@code explained} carry a spelled-out reason (formatting reasons dominates the cost of a look-up).
   */
  List<PlaceCandidate> rank(String key, int[] ids, PlaceContext ctx, int self, Preference pref, int explained) {
    double[] scores = new double[ids.length];
    Integer[] order = new Integer[ids.length];
    double top = Double.NEGATIVE_INFINITY;
    for (int id : ids) {
      top = Math.max(top, prominence(id, Why.OFF));
    }
    Scoring scoring = new Scoring(key, ctx, self, pref, top);
    for (int i = 0; i < ids.length; i++) {
      scores[i] = score(scoring, ids[i], Why.OFF);
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i])
        .thenComparingInt(i -> -gaz.population(ids[i])));
    List<PlaceCandidate> out = new ArrayList<>(ids.length);
    for (int r = 0; r < order.length; r++) {
      int id = ids[order[r]];
      Why why = r < explained ? Why.on() : Why.OFF;
      double score = r < explained ? score(scoring, id, why) : scores[order[r]];
      String reason = r < explained ? why.toString() : "not among the top candidates";
      out.add(new PlaceCandidate(id, place(id, reason), score, gaz.population(id)));
    }
    return out;
  }

  /** What one ranking scores against: the name, the article context, and the best prominence on offer. */
  private record Scoring(String key, PlaceContext ctx, int self, Preference pref, double topProminence) {}

  private double score(Scoring sc, int id, Why why) {
    double prominence = prominence(id, why);
    return prominence + spelling(sc.key(), id, why)
        + context(id, sc, sc.topProminence() - prominence, why) + sc.pref().bonus(gaz, id, why);
  }

  /** A place found only by one of its alternate names ("Misrata" for Misratah) yields a little to exact names. */
  private double spelling(String key, int id, Why why) {
    if (!gaz.isAlternateMatch(key, id)) {
      return 0;
    }
    why.add("; alternate name -0.3");
    return -0.3;
  }


  private double prominence(int id, Why why) {
    double s = Math.log10(gaz.population(id) + 10.0);
    why.fmt("population %,d", gaz.population(id));
    String f = gaz.featureCode(id);
    Kind kind = gaz.kind(id);
    double bonus = kind == Kind.COUNTRY ? 3.0 : kind == Kind.REGION ? regionBonus(id)
        : f.equals("PPLC") ? 2.0 : f.equals("PPLA") ? 1.0 : f.equals("PPLA2") ? 0.5
        : f.equals("PPLX") ? -1.0 : 0;
    if (bonus != 0) {
      why.fmt("; %s %+.1f", kind == Kind.PLACE ? f : kind.name().toLowerCase(
          Locale.ROOT), bonus);
    }
    return s + bonus;
  }

  /** A region named like its own country ("Taiwan" province) yields to the country reading. */
  private double regionBonus(int id) {
    String country = gaz.name(gaz.country(id));
    return gaz.name(id).equalsIgnoreCase(country) ? -3.0 : 0.3;
  }

  private double context(int id, Scoring sc, double gap, Why why) {
    PlaceContext ctx = sc.ctx();
    int self = sc.self();
    int c = gaz.country(id);
    double s = 0;
    double named = ctx.namedWeight(c, self);
    if (named > 0) {
      double b = Math.min(3.0, 2.0 + 0.5 * (named - 1));
      s += b;
      why.fmt("; %s named in article %+.1f", gaz.alpha3(c), b);
    }
    if (ctx.isActorCountry(c)) {
      s += 1.5;
      why.add("; actor country ").add(gaz.alpha3(c)).add(" +1.5");
    }
    if (ctx.focus() == c) {
      s += 1.0;
      why.add("; focus country +1.0");
    }
    double near = nearness(id, ctx, self, why);
    if (s > 0 && gap >= NAMESAKE_GAP && near == 0 && !ctx.isLocale(c, self)) {
      double cut = s * (1 - NAMESAKE_KEEP);
      why.fmt("; namesake of a more prominent place, no place in %s named %+.1f", gaz.alpha3(c), -cut);
      s -= cut;
    }
    return s + near;
  }

  private double nearness(int id, PlaceContext ctx, int self, Why why) {
    double best = Double.MAX_VALUE;
    PlaceContext.Anchor near = null;
    boolean sameRegion = false;
    int region = gaz.kind(id) == Kind.REGION ? id : gaz.region(id);
    for (PlaceContext.Anchor a : ctx.anchors()) {
      if (a.mention() == self) {
        continue;
      }
      sameRegion |= region >= 0 && a.region() == region;
      double d = Geo.km(gaz.lat(id), gaz.lon(id), a.lat(), a.lon());
      if (d < best && gaz.kind(id) != Kind.COUNTRY) {
        best = d;
        near = a;
      }
    }
    double s = 0;
    if (sameRegion) {
      s += 2.0;
      why.add("; same region as a named place +2.0");
    }
    if (near != null && best < 400) {
      double b = best < 60 ? 2.0 : best < 200 ? 1.5 : 1.0;
      s += b;
      why.fmt("; %.0f km from %s %+.1f", best, near.name(), b);
    }
    return s;
  }

  Place place(int id, String reason) {
    int c = gaz.country(id);
    int precision = switch (gaz.kind(id)) {
      case PLACE -> 1;
      case REGION -> 2;
      case COUNTRY -> 3;
    };
    return new Place(gaz.name(id), gaz.alpha3(c), List.of(gaz.alpha3(c)), gaz.lat(id), gaz.lon(id), precision,
        gaz.geonameId(id).orElse(null), false, reason);
  }

  /** Extra evidence from the phrase itself: a ", Texas" qualifier, a region word, a direction part. */
  interface Preference {
    Preference NONE = (gaz, id, why) -> 0;

    double bonus(Gazetteer gaz, int id, Why why);
  }
}
