package org.vigil.analytics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.model.ActorRef;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.store.CodingVersions;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;

/**
 * Builds small stores for analysis tests: each article is one sentence with one hand-coded event
 * ("SRC CODE TGT" where a side is a country code or a lower-case actor id of country {@code XXX}).
 */
final class StoreFixture {
  static final CodingVersions VERSIONS = new CodingVersions("coder-t", "onto-t", "actors-t");
  private final List<CodedArticle> articles = new ArrayList<>();

  /** Adds an article of {@code date} whose one event goes from {@code src} to {@code tgt} with {@code code}. */
  StoreFixture event(String id, String date, String src, String code, String tgt) {
    String text = src + " did " + code + " to " + tgt + " on " + date + ".";
    Article a = new Article(id, LocalDate.parse(date), text, null, "https://news.example/" + id, "Wire", id,
        Map.of());
    Span span = new Span(0, text.length());
    Sentence s = new Sentence(0, span, text, List.of(), List.of(), List.of(), true, false);
    Event e = new Event(id, 0, span, new Span(src.length() + 1, src.length() + 4), text, a.date(), a.date(),
        actor(src), actor(tgt), Ontology.loadDefault().lookup(code).orElseThrow(), Mode.ASSERTED, null, null, null,
        "test:" + code);
    articles.add(new CodedArticle(new AnnotatedArticle(a, List.of(s), List.of()), List.of(e)));
    return this;
  }

  private static ActorRef actor(String side) {
    if (side == null) {
      return null;
    }
    boolean named = !side.equals(side.toUpperCase(java.util.Locale.ROOT));
    return new ActorRef(side, named ? "XXX" : side, named ? "REB" : "GOV", named ? side : null, null, "test");
  }

  /** Writes the articles into a store in {@code dir}, publishes its snapshot and opens a reader on it. */
  StoreReader write(Path dir) {
    StoreLayout layout = new StoreLayout(dir);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(articles, VERSIONS);
      store.publishSnapshot();
    }
    return StoreReader.openSnapshot(layout);
  }
}
