package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Article;
import org.vigil.store.incident.MergeSettings;

class DuckDbEventStoreTest {
  @TempDir Path tmp;

  private static final Article A1 = CodedArticles.article("a1", "2025-02-01",
      "Irania forces attacked Iraqia troops near Basra [190]. Officials met later.", "Wire One");
  private static final Article A2 = CodedArticles.article("a2", "2025-02-02",
      "Irania gunmen said 3 killed at least after they hit Iraqia police in Basra [183].", "Wire Two");

  @Test
  void storesArticlesSentencesAndEventsWithVersions() {
    StoreLayout layout = new StoreLayout(tmp);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      StoredBatch b = store.write(List.of(CodedArticles.code(A1), CodedArticles.code(A2)), CodedArticles.VERSIONS);
      assertThat(b).isEqualTo(new StoredBatch(2, 0, 0, 2));
    }
    try (StoreReader r = StoreReader.open(layout)) {
      assertThat(r.count("SELECT count(*) FROM sentences")).isEqualTo(3);
      List<Map<String, Object>> ev = r.events(EventFilter.asserted());
      assertThat(ev).hasSize(2);
      assertThat(ev.get(0)).containsEntry("coder_version", "coder-t").containsEntry("ontology_version", "onto-t")
          .containsEntry("actors_version", "actors-t").containsEntry("src_country", "IRA");
      assertThat(ev.get(1)).containsEntry("fatalities", 3).containsEntry("outlet", "Wire Two");
    }
  }

  @Test
  void storesTheRulesThatShapedEachEvent() {
    StoreLayout layout = new StoreLayout(tmp);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A1)), CodedArticles.VERSIONS);
    }
    try (StoreReader r = StoreReader.open(layout)) {
      assertThat(r.events(EventFilter.asserted())).singleElement().satisfies(
          e -> assertThat(e).containsEntry("rules", "test-rule other-rule"));
    }
  }

  @Test
  void aStoreWrittenBeforeRulesWereStoredStaysReadableAndWritable() throws Exception {
    StoreLayout layout = new StoreLayout(tmp);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A1)), CodedArticles.VERSIONS);
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + layout.database());
        java.sql.Statement s = c.createStatement()) {
      s.execute("ALTER TABLE events DROP COLUMN rules");
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A2)), CodedArticles.VERSIONS);
    }
    try (StoreReader r = StoreReader.open(layout)) {
      List<Map<String, Object>> ev = r.events(EventFilter.asserted());
      assertThat(ev).hasSize(2);
      assertThat(ev.get(0).get("rules")).isNull();
      assertThat(ev.get(1)).containsEntry("rules", "test-rule other-rule");
    }
  }

  @Test
  void skipsSameContentAndStoresChangedArticleAsNewVersionWithRecodedEvents() {
    StoreLayout layout = new StoreLayout(tmp);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A1)), CodedArticles.VERSIONS);
    }
    Article changed = CodedArticles.article("a1", "2025-02-01",
        "Irania forces shelled Iraqia troops near Basra [195]. Officials met later.", "Wire One");
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      assertThat(store.ledger().check(A1, ContentHash.of(A1))).isEqualTo(ArticleLedger.Disposition.DUPLICATE);
      StoredBatch again = store.write(List.of(CodedArticles.code(A1), CodedArticles.code(changed)),
          CodedArticles.VERSIONS);
      assertThat(again).isEqualTo(new StoredBatch(0, 1, 1, 1));
    }
    try (StoreReader r = StoreReader.open(layout)) {
      assertThat(r.count("SELECT count(*) FROM articles")).isEqualTo(2);
      assertThat(r.count("SELECT count(*) FROM articles WHERE is_current")).isEqualTo(1);
      assertThat(r.events(EventFilter.asserted())).singleElement()
          .satisfies(e -> assertThat(e).containsEntry("cameo", "195").containsEntry("version", 2));
    }
  }

  @Test
  void storesArticleWithKnownUrlUnderNewIdAsNewVersionOfTheFirst() {
    StoreLayout layout = new StoreLayout(tmp);
    Article moved = new Article("other-id", A1.date(), A1.text().replace("attacked", "raided"), null, A1.url(),
        "Wire One", "x", java.util.Map.of());
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A1)), CodedArticles.VERSIONS);
      assertThat(store.write(List.of(CodedArticles.code(moved)), CodedArticles.VERSIONS))
          .isEqualTo(new StoredBatch(0, 1, 0, 1));
    }
    try (StoreReader r = StoreReader.open(layout)) {
      assertThat(r.query("SELECT article_id, version, is_current FROM articles ORDER BY seq", List.of()))
          .extracting(m -> m.get("article_id") + "/" + m.get("version") + "/" + m.get("is_current"))
          .containsExactly("a1/1/false", "a1/2/true");
    }
  }

  @Test
  void storesTwoVersionsWrittenInOneBatchWithOnlyTheLastCurrent() {
    StoreLayout layout = new StoreLayout(tmp);
    Article second = CodedArticles.article("a1", "2025-02-01",
        "Irania forces shelled Iraqia troops near Basra [195]. Officials met later.", "Wire One");
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      assertThat(store.write(List.of(CodedArticles.code(A1), CodedArticles.code(second)), CodedArticles.VERSIONS))
          .isEqualTo(new StoredBatch(1, 1, 0, 2));
    }
    try (StoreReader r = StoreReader.open(layout)) {
      assertThat(r.events(EventFilter.asserted())).singleElement()
          .satisfies(e -> assertThat(e).containsEntry("cameo", "195").containsEntry("version", 2));
      assertThat(r.count("SELECT count(*) FROM events")).isEqualTo(2);
    }
  }

  @Test
  void mergesAttackAndCasualtyReportFromTwoOutletsIntoOneIncident() {
    StoreLayout layout = new StoreLayout(tmp);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A1), CodedArticles.code(A2)), CodedArticles.VERSIONS);
      assertThat(store.mergeIncidents(MergeSettings.DEFAULT)).isEqualTo(1);
    }
    try (StoreReader r = StoreReader.open(layout)) {
      List<Map<String, Object>> inc = r.query("SELECT * FROM incidents", List.of());
      assertThat(inc).singleElement().satisfies(i -> {
        assertThat(i).containsEntry("reports", 2).containsEntry("sources", 2).containsEntry("fatalities_max", 3);
        assertThat((Double) i.get("confidence")).isEqualTo(0.75);
      });
      assertThat(r.query("SELECT outlet, fatalities_qualifier FROM event_mentions ORDER BY event_id", List.of()))
          .extracting(m -> m.get("outlet")).containsExactly("Wire One", "Wire Two");
    }
  }

  @Test
  void findsArticlesAndSentencesByTextSearch() {
    StoreLayout layout = new StoreLayout(tmp);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A1), CodedArticles.code(A2)), CodedArticles.VERSIONS);
    }
    List<TextSearch.Hit> hits = new TextSearch(layout).search("police", 10);
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.articleId()).isEqualTo("a2");
      assertThat(h.sentences()).containsKey(0);
    });
    assertThat(new TextSearch(layout).search("attack", 10)).extracting(TextSearch.Hit::articleId)
        .containsExactly("a1");
  }

  @Test
  void readerFallsBackToPublishedSnapshotWhileWriterHoldsTheDatabase() {
    StoreLayout layout = new StoreLayout(tmp);
    try (DuckDbEventStore store = DuckDbEventStore.open(layout)) {
      store.write(List.of(CodedArticles.code(A1)), CodedArticles.VERSIONS);
      store.publishSnapshot();
      store.write(List.of(CodedArticles.code(A2)), CodedArticles.VERSIONS);
      try (StoreReader r = StoreReader.open(layout)) {
        assertThat(r.fromSnapshot()).isTrue();
        assertThat(r.count("SELECT count(*) FROM articles")).isEqualTo(1);
      }
    }
    try (StoreReader r = StoreReader.open(layout)) {
      assertThat(r.fromSnapshot()).isFalse();
      assertThat(r.count("SELECT count(*) FROM articles")).isEqualTo(2);
    }
    try (StoreReader r = StoreReader.openSnapshot(layout)) {
      assertThat(r.count("SELECT count(*) FROM articles")).as("as of the last publication").isEqualTo(1);
    }
  }
}
