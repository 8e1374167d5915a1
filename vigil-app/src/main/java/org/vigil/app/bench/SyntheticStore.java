package org.vigil.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.vigil.model.ActorRef;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.store.CodingVersions;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreLayout;

/**
 * Fills a store with synthetic coded articles for the serving benchmark: ten one-event sentences an article,
 * sides drawn from a fixed set of countries and named groups (a few pairs far more often than the rest, as in
 * news), codes from the ontology, dates over two years, places with coordinates. Skips NLP entirely, so a store
 * of 100k events takes seconds. Deterministic for a seed; not thread-safe.
 */
final class SyntheticStore {
  private static final String[][] SIDES = {
    {"USA", null}, {"IRQ", "kataib-hezbollah"}, {"IRN", null}, {"IRQ", null}, {"ISR", null}, {"PSE", "hamas"},
    {"RUS", null}, {"UKR", null}, {"SAU", null}, {"YEM", "houthis"}, {"SYR", null}, {"TUR", null},
    {"LBN", "hezbollah"}, {"CHN", null}, {"TWN", null}, {"IND", null}, {"PAK", null}, {"SDN", null},
    {"ETH", null}, {"NGA", null}};
  private static final double[][] COORDS = {{38, -97}, {33.3, 44.4}, {35.7, 51.4}, {36.2, 44}, {31.8, 35.2},
    {31.5, 34.5}, {55.8, 37.6}, {50.4, 30.5}, {24.7, 46.7}, {15.4, 44.2}, {33.5, 36.3}, {39.9, 32.9},
    {33.9, 35.5}, {39.9, 116.4}, {25, 121.5}, {28.6, 77.2}, {33.7, 73}, {15.6, 32.5}, {9, 38.7}, {9.1, 7.5}};
  private static final CodingVersions VERSIONS = new CodingVersions("synthetic-1", "bundled", "synthetic");
  private final Random rnd;
  private final List<CameoCode> codes;

  SyntheticStore(long seed) {
    this.rnd = new Random(seed);
    this.codes = List.copyOf(Ontology.loadDefault().codes());
  }

  /** Writes {@code events} events (rounded up to whole articles) into the store; returns the events written. */
  long fill(StoreLayout layout, int events) {
    long written = 0;
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      List<CodedArticle> batch = new ArrayList<>();
      for (int n = 0; written < events; n++) {
        CodedArticle a = article(n);
        batch.add(a);
        written += a.events().size();
        if (batch.size() == 500) {
          store.write(batch, VERSIONS);
          batch.clear();
        }
      }
      store.write(batch, VERSIONS);
      store.publishSnapshot();
    }
    return written;
  }

  private CodedArticle article(int n) {
    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(730));
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    String id = "synthetic-" + n;
    for (int i = 0; i < 10; i++) {
      int a = skewed();
      int b = skewed();
      if (a == b) {
        b = (b + 1) % SIDES.length;
      }
      CameoCode code = codes.get(rnd.nextInt(codes.size()));
      String s = name(a) + " and " + name(b) + ": " + code.label() + " (" + code.code() + "), report " + n + "." + i
          + ".";
      Span span = new Span(text.length(), text.length() + s.length());
      text.append(s).append(' ');
      sentences.add(new Sentence(i, span, s, List.of(), List.of(), List.of(), false, false));
      double[] c = COORDS[rnd.nextBoolean() ? a : b];
      Place place = new Place(SIDES[a][0] + " place", SIDES[a][0], List.of(SIDES[a][0]), c[0] + rnd.nextGaussian(),
          c[1] + rnd.nextGaussian(), 3, null, false, "synthetic");
      events.add(new Event(id, i, span, span, s, date.plusDays(rnd.nextInt(3)), date, actor(a), actor(b), code,
          rnd.nextInt(10) == 0 ? Mode.REPORTED : Mode.ASSERTED, null, place, null, "synthetic:" + code.root()));
    }
    Article article = new Article(id, date, text.toString().trim(), "Synthetic " + n, "https://synthetic.example/" + n,
        "Synthetic Wire", id, Map.of());
    return new CodedArticle(new AnnotatedArticle(article, sentences, List.of()), events);
  }

  /** Side index with a heavy head: the first four sides take about half of all mentions. */
  private int skewed() {
    return rnd.nextBoolean() ? rnd.nextInt(4) : rnd.nextInt(SIDES.length);
  }

  private static String name(int i) {
    return SIDES[i][1] != null ? SIDES[i][1] : SIDES[i][0];
  }

  private static ActorRef actor(int i) {
    return new ActorRef(name(i), SIDES[i][0], SIDES[i][1] != null ? "REB" : "GOV", SIDES[i][1], null, "synthetic");
  }
}
