package org.vigil.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article already tells about where it happens: countries named (with counts), the actors'
 * countries, admin-1 regions and points of places named, and the focus country. Each piece remembers which
 * mention contributed it, so a mention can be ranked without its own vote. Immutable once built.
 */
public final class PlaceContext {
  /** A named place that biases nearby candidates. */
  record Anchor(int mention, int country, int region, double lat, double lon, String name, double weight) {}

  private final Map<Integer, Double> countryWeights;
  private final List<Anchor> anchors;
  private final Map<Integer, String> actorCountries;
  private final int focus;

  private PlaceContext(Map<Integer, Double> countryWeights, List<Anchor> anchors,
      Map<Integer, String> actorCountries, int focus) {
    this.countryWeights = Map.copyOf(countryWeights);
    this.anchors = List.copyOf(anchors);
    this.actorCountries = Map.copyOf(actorCountries);
    this.focus = focus;
  }

  /** No context at all: ranking by the gazetteer alone. */
  public static PlaceContext empty() {
    return new PlaceContext(Map.of(), List.of(), Map.of(), -1);
  }

  List<Anchor> anchors() {
    return anchors;
  }

  /** Times a country was named by mentions other than {@code exclude}. */
  double namedWeight(int country, int exclude) {
    double w = 0;
    for (Anchor a : anchors) {
      if (a.mention() != exclude && a.country() == country) {
        w += a.weight();
      }
    }
    return w;
  }

  /**
   * True when the article sets its events in {@code country}: a place there is named as where something is
   * ("in Ohio"; mentions other than {@code exclude}), or no place anywhere is so named and the country is
   * clearly the focus (known from actors and modifiers alone).
   */
  boolean isLocale(int country, int exclude) {
    boolean elsewhere = false;
    for (Anchor a : anchors) {
      if (a.mention() != exclude && a.weight() >= 1) {
        if (a.country() == country) {
          return true;
        }
        elsewhere = true;
      }
    }
    return !elsewhere && focus == country && clearFocus();
  }

  /** The focus outweighs every other country by at least one actor or "in X" mention. */
  private boolean clearFocus() {
    double second = 0;
    for (Map.Entry<Integer, Double> e : countryWeights.entrySet()) {
      if (e.getKey() != focus) {
        second = Math.max(second, e.getValue());
      }
    }
    return focusWeight(focus) - second >= 1.0;
  }

  boolean isActorCountry(int country) {
    return actorCountries.containsKey(country);
  }

  /** Weight of a country in the focus vote (named places and actors). */
  double focusWeight(int country) {
    return countryWeights.getOrDefault(country, 0.0);
  }

  /** Countries in the focus vote, heaviest first. */
  List<Integer> byWeight() {
    List<Integer> out = new ArrayList<>(countryWeights.keySet());
    out.sort((a, b) -> Double.compare(countryWeights.get(b), countryWeights.get(a)));
    return out;
  }

  /** Focus country entity id, or -1. */
  int focus() {
    return focus;
  }

  /** Builds a context; not thread-safe. */
  static final class Builder {
    private final List<Anchor> anchors = new ArrayList<>();
    private final Map<Integer, String> actors = new HashMap<>();

    Builder actor(int country, String text) {
      actors.putIfAbsent(country, text);
      return this;
    }

    /** A place named by mention {@code mention}; {@code weight} 1 for "in X", less for "X's forces". */
    Builder anchor(int mention, int country, int region, double lat, double lon, String name, double weight) {
      anchors.add(new Anchor(mention, country, region, lat, lon, name, weight));
      return this;
    }

    /**
     * The focus country: most named, a locative mention ("in Iraq") counting 1, a modifier ("US forces")
     * 0.5, each actor country 1; earliest on ties.
     */
    PlaceContext build() {
      Map<Integer, Double> weights = new HashMap<>();
      for (Anchor a : anchors) {
        weights.merge(a.country(), a.weight(), Double::sum);
      }
      actors.keySet().forEach(c -> weights.merge(c, 1.0, Double::sum));
      int focus = -1;
      double best = 0;
      List<Integer> order = new ArrayList<>();
      anchors.forEach(a -> order.add(a.country()));
      order.addAll(actors.keySet());
      for (int c : order) {
        if (weights.get(c) > best) {
          best = weights.get(c);
          focus = c;
        }
      }
      return new PlaceContext(weights, anchors, actors, focus);
    }
  }
}
