package org.vigil.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vigil.model.ActorRef;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Event;
import org.vigil.model.Geocoder;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.places.gazetteer.Gazetteer;
import org.vigil.places.gazetteer.PlaceNames;

/**
 * Geocodes events from the GeoNames-derived gazetteer: finds the article's place phrases, resolves them twice
 * (first with the actors' countries only, then with everything the article names, each mention without its
 * own vote), and gives each event the place of its own clause, else the article's focus country marked
 * inferred. Immutable and thread-safe.
 */
public final class GazetteerGeocoder implements Geocoder {
  /** Weight of a place named as an actor or modifier ("US forces", "the US vowed") rather than "in X". */
  private static final double ACTOR_LIKE_WEIGHT = 0.3;
  private static final int EXPLAINED_IN_LOOKUP = 20;
  private final Gazetteer gaz;
  private final PlaceMentionFinder finder;
  private final MentionResolver resolver;
  private final ClauseLocator locator = new ClauseLocator();

  /** A geocoder over {@code gaz} with the bundled list of seas, gulfs and straits. */
  public GazetteerGeocoder(Gazetteer gaz) {
    this(gaz, WaterBodies.loadDefault());
  }

  /** A geocoder over {@code gaz} that knows the water bodies of {@code water}. */
  public GazetteerGeocoder(Gazetteer gaz, WaterBodies water) {
    this.gaz = Objects.requireNonNull(gaz, "gaz");
    Objects.requireNonNull(water, "water");
    this.resolver = new MentionResolver(gaz, water);
    this.finder = new PlaceMentionFinder(name -> {
      for (int id : gaz.lookup(PlaceNames.normalize(name))) {
        if (gaz.kind(id) == Gazetteer.Kind.COUNTRY) {
          return true;
        }
      }
      return false;
    }, water);
  }

  /** The geocoder over the gazetteer index built into this module's jar. */
  public static GazetteerGeocoder loadDefault() {
    return new GazetteerGeocoder(Gazetteer.loadDefault());
  }

  public Gazetteer gazetteer() {
    return gaz;
  }

  @Override
  public List<Event> locate(AnnotatedArticle article, List<Event> events) {
    List<String> actors = new ArrayList<>();
    for (Event e : events) {
      addCountry(actors, e.source());
      addCountry(actors, e.target());
    }
    ArticlePlaces places = resolve(article, actors);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(e.withLocation(placeOf(article, e, places).orElse(null)));
    }
    return out;
  }

  private Optional<Place> placeOf(AnnotatedArticle article, Event e, ArticlePlaces places) {
    if (e.sentence() >= 0 && e.sentence() < article.sentences().size()) {
      Sentence s = article.sentences().get(e.sentence());
      List<ResolvedMention> here = places.mentions().stream()
          .filter(m -> m.mention().sentence() == s.index()).toList();
      Optional<ResolvedMention> own = locator.locate(s, e.trigger(), here);
      if (own.isPresent()) {
        return Optional.of(own.get().place());
      }
    }
    return places.focus();
  }

  private static void addCountry(List<String> out, ActorRef a) {
    if (a != null && a.country() != null) {
      out.add(a.country());
    }
  }

  /** All place mentions of the article resolved in its context, and its focus country. */
  public ArticlePlaces resolve(AnnotatedArticle article, Collection<String> actorCountries) {
    List<PlaceMention> mentions = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      mentions.addAll(finder.find(s));
    }
    PlaceContext.Builder actors = new PlaceContext.Builder();
    actorCountries.forEach(c -> gaz.countryByCode(c).ifPresent(id -> actors.actor(id, c)));
    List<ResolvedMention> first = resolveAll(mentions, actors.build());
    PlaceContext.Builder full = new PlaceContext.Builder();
    actorCountries.forEach(c -> gaz.countryByCode(c).ifPresent(id -> full.actor(id, c)));
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i) != null) {
        PlaceMention m = first.get(i).mention();
        boolean locative = ClauseLocator.isLocative(article.sentences().get(m.sentence()), m);
        anchor(full, i, first.get(i), locative ? 1 : ACTOR_LIKE_WEIGHT);
      }
    }
    PlaceContext ctx = full.build();
    List<ResolvedMention> resolved = resolveAll(mentions, ctx).stream().filter(Objects::nonNull).toList();
    return new ArticlePlaces(resolved, focusPlace(ctx));
  }

  private List<ResolvedMention> resolveAll(List<PlaceMention> mentions, PlaceContext ctx) {
    List<ResolvedMention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      out.add(resolver.resolve(mentions.get(i), ctx, i).orElse(null));
    }
    return out;
  }

  private void anchor(PlaceContext.Builder b, int i, ResolvedMention r, double weight) {
    Place p = r.place();
    for (int c : r.countryIds()) {
      int region = r.entity() < 0 ? -1
          : gaz.kind(r.entity()) == Gazetteer.Kind.REGION ? r.entity() : gaz.region(r.entity());
      boolean point = r.entity() < 0 || gaz.kind(r.entity()) != Gazetteer.Kind.COUNTRY;
      b.anchor(i, c, region, point ? p.lat() : Double.NaN, point ? p.lon() : Double.NaN, p.name(), weight);
    }
  }

  private Optional<Place> focusPlace(PlaceContext ctx) {
    int c = ctx.focus();
    if (c < 0) {
      return Optional.empty();
    }
    String a3 = gaz.alpha3(c);
    StringBuilder why = new StringBuilder("article focus country (places named, 1 for \"in X\", "
        + ACTOR_LIKE_WEIGHT + " otherwise; +1 per actor country):");
    ctx.byWeight().stream().limit(3).forEach(k -> why.append(String.format(Locale.ROOT, " %s %.1f",
        gaz.alpha3(k), ctx.focusWeight(k))));
    return Optional.of(new Place(gaz.name(c), a3, List.of(a3), gaz.lat(c), gaz.lon(c), 3, null, true,
        why.toString()));
  }

  /**
   * Candidates for {@code name} ranked as they would be in an article naming the {@code context} places
   * (each resolved on its own first), best first.
   */
  public List<PlaceCandidate> lookup(String name, List<String> context) {
    if (PlaceNames.normalize(name).isEmpty()) {
      return List.of();
    }
    PlaceMention m = new PlaceMention(-1, 0, 1, 0, PlaceMention.Kind.NAME, List.of(name), null, false, "", false);
    return resolver.candidates(name, contextOf(context), -1, resolver.preference(m), EXPLAINED_IN_LOOKUP);
  }

  /** The context of an article naming the given places (each resolved on its own). */
  PlaceContext contextOf(List<String> context) {
    PlaceContext.Builder b = new PlaceContext.Builder();
    int i = 0;
    for (String c : context) {
      List<PlaceCandidate> top = resolver.candidates(c, PlaceContext.empty(), -1,
          CandidateRanker.Preference.NONE, 1);
      if (!top.isEmpty()) {
        int id = top.get(0).id();
        PlaceMention m = new PlaceMention(-1, 0, 1, 0, PlaceMention.Kind.NAME, List.of(c), null, false, "", false);
        anchor(b, i++, new ResolvedMention(m, top.get(0).place(), id, List.of(gaz.country(id)), top), 1);
      }
    }
    return b.build();
  }

  /** The resolved place mentions of an article and its focus country (inferred, country precision). */
  public record ArticlePlaces(List<ResolvedMention> mentions, Optional<Place> focus) {
    public ArticlePlaces {
      mentions = List.copyOf(mentions);
      Objects.requireNonNull(focus, "focus");
    }
  }
}
