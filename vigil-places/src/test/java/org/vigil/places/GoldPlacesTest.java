package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedArticle;
import org.vigil.places.eval.GoldArticle;
import org.vigil.places.eval.GoldPlace;
import org.vigil.places.eval.PlaceEvaluation;

/**
 * Place and country accuracy on the hand-written gold sets {@code gold/places-*.jsonl}, with hand NER (the
 * gold spans' capitalised tokens tagged LOCATION) so that it measures the gazetteer and the ranking;
 * {@code vigil places eval} measures the same files through CoreNLP.
 */
class GoldPlacesTest {
  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = GazetteerGeocoder.loadDefault();
  }

  @Test
  void resolvesDevelopmentSetPlacesAndCountries() throws IOException {
    PlaceEvaluation.Result r = evaluate("places-dev.jsonl");
    assertThat(r.total()).isGreaterThanOrEqualTo(160);
    assertThat(r.placeAccuracy()).as("place accuracy").isGreaterThanOrEqualTo(0.90);
    assertThat(r.countryAccuracy()).as("country accuracy").isGreaterThanOrEqualTo(0.97);
  }

  /** A held-out set written after the ranking was tuned on the development set; a looser bar. */
  @Test
  void resolvesHeldOutPlacesAndCountries() throws IOException {
    PlaceEvaluation.Result r = evaluate("places-test.jsonl");
    assertThat(r.placeAccuracy()).as("place accuracy").isGreaterThanOrEqualTo(0.85);
    assertThat(r.countryAccuracy()).as("country accuracy").isGreaterThanOrEqualTo(0.95);
  }

  private static PlaceEvaluation.Result evaluate(String name) throws IOException {
    Path gold = Path.of(System.getProperty("vigil.project.dir", ".."), "gold", name);
    assumeTrue(Files.exists(gold), "no " + gold);
    PlaceEvaluation.Result r = PlaceEvaluation.evaluate(GoldArticle.read(gold), GoldPlacesTest::annotate,
        geocoder);
    System.out.printf(Locale.ROOT, "%s: %d mentions, place %.3f, country %.3f%n", name, r.total(),
        r.placeAccuracy(), r.countryAccuracy());
    r.misses().forEach(m -> System.out.println("  miss " + m));
    return r;
  }

  private static AnnotatedArticle annotate(GoldArticle g) {
    List<List<String>> places = new ArrayList<>();
    g.sentences().forEach(s -> places.add(new ArrayList<>()));
    for (GoldPlace p : g.places()) {
      places.get(p.sentence()).add(p.text());
    }
    return HandAnnotator.article(g.sentences(), places);
  }
}
