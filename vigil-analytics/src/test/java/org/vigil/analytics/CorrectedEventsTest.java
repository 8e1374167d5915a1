package org.vigil.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.StoreReader;

class CorrectedEventsTest {
  @TempDir Path tmp;

  private static Correction.Coding coded(String cameo, int quad, double g, String src, String tgt) {
    return new Correction.Coding(cameo, quad, g, "X", side(src), side(tgt), "asserted");
  }

  private static Correction.Side side(String s) {
    boolean named = !s.equals(s.toUpperCase(java.util.Locale.ROOT));
    return new Correction.Side(named ? "XXX" : s, named ? "REB" : "GOV", named ? s : null);
  }

  private static Correction correction(String article, Correction.Verdict v, Correction.Coding before,
      Correction.Coding after) {
    return new Correction(0, article + "/v1/0", article, 0, 0, 10, "ana", Instant.parse("2024-05-01T10:00:00Z"), v,
        before, after, "");
  }

  private static Map<String, Object> only(StoreReader r, String article) {
    List<Map<String, Object>> rows = r.query("SELECT * FROM ev WHERE article_id = ?", List.of(article));
    return rows.isEmpty() ? null : rows.get(0);
  }

  @Test
  void aFixChangesCodeQuadClassAndSidesInTheView() {
    try (StoreReader r = new StoreFixture().event("a1", "2024-02-09", "FRA", "1712", "USA").write(tmp.resolve("s"))) {
      CorrectedEvents.install(r, List.of(correction("a1", Correction.Verdict.FIX,
          coded("1712", 4, -9.2, "FRA", "USA"), coded("141", 3, -6.5, "FRA", "DEU"))));
      Map<String, Object> e = only(r, "a1");
      assertThat(e.get("cameo")).isEqualTo("141");
      assertThat(e.get("root")).isEqualTo("14");
      assertThat(e.get("quad_class")).isEqualTo(3);
      assertThat(e.get("tgt_country")).isEqualTo("DEU");
      assertThat(e.get("verdict")).isEqualTo("FIX");
    }
  }

  @Test
  void aRejectedEventLeavesTheView() {
    try (StoreReader r = new StoreFixture().event("a1", "2024-02-09", "FRA", "190", "USA")
        .event("a2", "2024-02-10", "FRA", "040", "USA").write(tmp.resolve("s"))) {
      CorrectedEvents.install(r, List.of(correction("a1", Correction.Verdict.REJECT,
          coded("190", 4, -10, "FRA", "USA"), null)));
      assertThat(only(r, "a1")).isNull();
      assertThat(only(r, "a2")).isNotNull();
      assertThat(r.count("SELECT count(*) FROM events")).isEqualTo(2);
    }
  }

  @Test
  void theLatestCorrectionOfAnEventWins() {
    try (StoreReader r = new StoreFixture().event("a1", "2024-02-09", "FRA", "190", "USA").write(tmp.resolve("s"))) {
      Correction.Coding before = coded("190", 4, -10, "FRA", "USA");
      CorrectedEvents.install(r, List.of(correction("a1", Correction.Verdict.REJECT, before, null),
          correction("a1", Correction.Verdict.FIX, before, coded("193", 4, -10, "FRA", "USA"))));
      assertThat(only(r, "a1").get("cameo")).isEqualTo("193");
    }
  }

  @Test
  void aCorrectionHoldsWhenTheArticleIsCodedAgain() {
    Path dir = tmp.resolve("s");
    new StoreFixture().event("a1", "2024-02-09", "militia-x", "190", "USA").write(dir).close();
    try (StoreReader r = new StoreFixture().event("a1", "2024-02-10", "militia-x", "190", "USA").write(dir)) {
      assertThat(r.query("SELECT event_id FROM events WHERE is_current", List.of()))
          .extracting(m -> m.get("event_id")).containsExactly("a1/v2/0");
      CorrectedEvents.install(r, List.of(correction("a1", Correction.Verdict.FIX,
          coded("190", 4, -10, "militia-x", "USA"), coded("183", 4, -10, "militia-x", "USA"))));
      assertThat(only(r, "a1").get("cameo")).isEqualTo("183");
      assertThat(only(r, "a1").get("event_id")).isEqualTo("a1/v2/0");
    }
  }

  @Test
  void goldExportWritesTheCorrectedSentenceAndPrecisionCountsTheVerdicts() {
    try (StoreReader r = new StoreFixture().event("a1", "2024-02-09", "FRA", "1712", "USA")
        .event("a2", "2024-02-10", "FRA", "040", "DEU").write(tmp.resolve("s"))) {
      List<Correction> cs = List.of(correction("a1", Correction.Verdict.FIX, coded("1712", 4, -9.2, "FRA", "USA"),
          coded("141", 3, -6.5, "FRA", "USA")), correction("a2", Correction.Verdict.CONFIRM,
          coded("040", 1, 1, "FRA", "DEU"), coded("040", 1, 1, "FRA", "DEU")));
      CorrectedEvents.install(r, cs);
      List<String> gold = GoldExport.lines(r, cs);
      assertThat(gold).hasSize(2);
      assertThat(gold.get(0)).contains("\"id\":\"corr-a1-s0\"").contains("\"date\":\"2024-02-09\"")
          .contains("{\"source\":\"FRAGOV\",\"target\":\"USAGOV\",\"code\":\"141\"}")
          .contains("FRA did 1712 to USA");
      List<PatternPrecision.Row> p = PatternPrecision.of(r, cs);
      assertThat(p).extracting(PatternPrecision.Row::pattern, PatternPrecision.Row::precision).containsExactly(
          org.assertj.core.groups.Tuple.tuple("test:040", 1.0), org.assertj.core.groups.Tuple.tuple("test:1712", 0.0));
    }
  }

  @Test
  void theLogKeepsCorrectionsAcrossReopening() {
    CorrectionLog log = CorrectionLog.open(tmp);
    Correction.Coding before = coded("190", 4, -10, "militia-x", "USA");
    log.append(correction("a1", Correction.Verdict.REJECT, before, null));
    log.append(correction("a2", Correction.Verdict.CONFIRM, before, before));
    List<Correction> again = CorrectionLog.open(tmp).all();
    assertThat(again).extracting(Correction::id).containsExactly(1L, 2L);
    assertThat(again.get(0).verdict()).isEqualTo(Correction.Verdict.REJECT);
    assertThat(again.get(1).before()).isEqualTo(before);
  }
}
