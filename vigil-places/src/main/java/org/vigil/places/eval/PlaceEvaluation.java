package org.vigil.places.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.places.GazetteerGeocoder;
import org.vigil.places.Geo;
import org.vigil.places.ResolvedMention;
import org.vigil.places.gazetteer.PlaceNames;

/**
 * Scores a geocoder against place gold articles: a mention is right on the country when the resolved place's
 * country matches (a gold country of "" is a place of no country: a sea, gulf or strait), and right on the
 * place when, besides, its coordinates are within {@link #MAX_KM}, its
 * border countries match, its region name matches, or its precision matches, as the gold says. Stateless.
 */
public final class PlaceEvaluation {
  public static final double MAX_KM = 25;

  /** Counts and the misses, one line each. */
  public record Result(int total, int placeRight, int countryRight, List<String> misses) {
    public Result {
      misses = List.copyOf(misses);
    }

    public double placeAccuracy() {
      return total == 0 ? 0 : placeRight / (double) total;
    }

    public double countryAccuracy() {
      return total == 0 ? 0 : countryRight / (double) total;
    }
  }

  private PlaceEvaluation() {}

  /** Annotates each gold article with {@code annotate} and scores {@code geocoder}'s places on it. */
  public static Result evaluate(List<GoldArticle> gold, Function<GoldArticle, AnnotatedArticle> annotate,
      GazetteerGeocoder geocoder) {
    int total = 0;
    int placeRight = 0;
    int countryRight = 0;
    List<String> misses = new ArrayList<>();
    for (GoldArticle g : gold) {
      AnnotatedArticle article = annotate.apply(g);
      List<ResolvedMention> found = geocoder.resolve(article, g.actors()).mentions();
      for (GoldPlace p : g.places()) {
        total++;
        Optional<Place> got = match(g, article, p, found);
        boolean country = got.isPresent() && p.country().equals(Objects.requireNonNullElse(got.get().country(), ""));
        boolean place = country && placeMatches(p, got.get());
        countryRight += country ? 1 : 0;
        placeRight += place ? 1 : 0;
        if (!place) {
          misses.add(g.id() + ": \"" + p.text() + "\" want " + p.country() + " -> "
              + got.map(PlaceEvaluation::show).orElse("none"));
        }
      }
    }
    return new Result(total, placeRight, countryRight, misses);
  }

  private static Optional<Place> match(GoldArticle g, AnnotatedArticle a, GoldPlace p,
      List<ResolvedMention> found) {
    int start = g.offsetOf(p.sentence()) + GoldPlace.find(g.sentences().get(p.sentence()), p.text());
    Span want = new Span(start, start + p.text().length());
    for (ResolvedMention m : found) {
      Sentence s = a.sentences().get(m.mention().sentence());
      Span got = s.spanOf(m.mention().start(), m.mention().end());
      if (got.start() < want.end() && want.start() < got.end()) {
        return Optional.of(m.place());
      }
    }
    return Optional.empty();
  }

  private static boolean placeMatches(GoldPlace p, Place got) {
    if (p.lat() != null) {
      return got.lat() != null && Geo.km(p.lat(), p.lon(), got.lat(), got.lon()) <= MAX_KM;
    }
    if (!p.countries().isEmpty()) {
      return new HashSet<>(got.countries()).equals(new HashSet<>(p.countries()));
    }
    if (p.region() != null) {
      String want = PlaceNames.normalize(p.region());
      String name = PlaceNames.normalize(got.name());
      return got.precision() == 2 && (name.equals(want) || PlaceNames.withoutRegionWord(name).equals(want));
    }
    return p.precision() != null && got.precision() == p.precision();
  }

  private static String show(Place p) {
    return String.format(Locale.ROOT, "%s %s %.2f,%.2f p%d [%s]", p.name(), p.country(), p.lat(), p.lon(),
        p.precision(), p.reason());
  }
}
