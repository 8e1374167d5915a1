package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Place;
import org.vigil.model.Span;
import org.vigil.places.gazetteer.PlaceNames;

/**
 * Measures place and country accuracy on the hand-written development set {@code gold/places-dev.jsonl}
 * (small articles with their place mentions, expected coordinates within 25 km, region names, countries).
 */
class GoldPlacesTest {
  private static final double MAX_KM = 25;
  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = GazetteerGeocoder.loadDefault();
  }

  @Test
  void resolvesDevelopmentSetPlacesAndCountries() throws IOException {
    double[] acc = evaluate("places-dev.jsonl");
    assertThat(acc[2]).isGreaterThanOrEqualTo(160);
    assertThat(acc[0]).as("place accuracy").isGreaterThanOrEqualTo(0.90);
    assertThat(acc[1]).as("country accuracy").isGreaterThanOrEqualTo(0.97);
  }

  /** A held-out set written after the ranking was tuned on the development set; reported, looser bar. */
  @Test
  void resolvesHeldOutPlacesAndCountries() throws IOException {
    double[] acc = evaluate("places-test.jsonl");
    assertThat(acc[0]).as("place accuracy").isGreaterThanOrEqualTo(0.85);
    assertThat(acc[1]).as("country accuracy").isGreaterThanOrEqualTo(0.95);
  }

  /** {place accuracy, country accuracy, mentions} over a gold file. */
  private static double[] evaluate(String name) throws IOException {
    Path gold = Path.of(System.getProperty("vigil.project.dir", ".."), "gold", name);
    assumeTrue(Files.exists(gold), "no " + gold);
    int total = 0;
    int placeOk = 0;
    int countryOk = 0;
    List<String> misses = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(gold)) {
      JsonNode item = json.readTree(line);
      List<String> sentences = new ArrayList<>();
      List<List<String>> places = new ArrayList<>();
      item.get("sentences").forEach(s -> {
        sentences.add(s.asText());
        places.add(new ArrayList<>());
      });
      item.get("places").forEach(p -> places.get(p.get("s").asInt()).add(p.get("text").asText()));
      AnnotatedArticle article = HandAnnotator.article(sentences, places);
      List<String> actors = new ArrayList<>();
      item.get("actors").forEach(a -> actors.add(a.asText()));
      List<ResolvedMention> found = geocoder.resolve(article, actors).mentions();
      for (JsonNode p : item.get("places")) {
        total++;
        Optional<Place> got = match(article, p, found);
        boolean country = got.isPresent() && got.get().country().equals(p.get("country").asText());
        boolean place = got.isPresent() && placeMatches(p, got.get());
        countryOk += country ? 1 : 0;
        placeOk += place && country ? 1 : 0;
        if (!(place && country)) {
          misses.add(item.get("id").asText() + ": " + p + " -> " + got.map(GoldPlacesTest::show).orElse("none"));
        }
      }
    }
    double placeAcc = placeOk / (double) total;
    double countryAcc = countryOk / (double) total;
    System.out.printf(Locale.ROOT, "%s: %d mentions, place %.3f, country %.3f%n", name, total, placeAcc,
        countryAcc);
    misses.forEach(m -> System.out.println("  miss " + m));
    return new double[] {placeAcc, countryAcc, total};
  }

  private static Optional<Place> match(AnnotatedArticle a, JsonNode p, List<ResolvedMention> found) {
    int s = p.get("s").asInt();
    var sentence = a.sentences().get(s);
    int start = sentence.span().start() + HandAnnotator.find(sentence.text(), p.get("text").asText());
    Span want = new Span(start, start + p.get("text").asText().length());
    for (ResolvedMention m : found) {
      if (m.mention().sentence() != s) {
        continue;
      }
      Span got = sentence.spanOf(m.mention().start(), m.mention().end());
      if (got.start() < want.end() && want.start() < got.end()) {
        return Optional.of(m.place());
      }
    }
    return Optional.empty();
  }

  private static boolean placeMatches(JsonNode p, Place got) {
    if (p.has("lat")) {
      return got.lat() != null
          && Geo.km(p.get("lat").asDouble(), p.get("lon").asDouble(), got.lat(), got.lon()) <= MAX_KM;
    }
    if (p.has("countries")) {
      Set<String> want = new HashSet<>();
      p.get("countries").forEach(c -> want.add(c.asText()));
      return new HashSet<>(got.countries()).equals(want);
    }
    if (p.has("region")) {
      String want = PlaceNames.normalize(p.get("region").asText());
      String name = PlaceNames.normalize(got.name());
      return got.precision() == 2 && (name.equals(want) || PlaceNames.withoutRegionWord(name).equals(want));
    }
    return got.precision() == p.get("precision").asInt();
  }

  private static String show(Place p) {
    return String.format(Locale.ROOT, "%s %s %.2f,%.2f p%d [%s]", p.name(), p.country(), p.lat(), p.lon(),
        p.precision(), p.reason());
  }
}
