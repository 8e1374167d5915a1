package org.vigil.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.bench.NewsGenerator;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;
import org.vigil.store.TextSearch;

/**
 * Kills an ingesting child JVM with SIGKILL twice at different points, reruns the same command to the end, and
 * checks that the store equals the one an uninterrupted run builds: nothing lost, nothing duplicated.
 */
class IngestCrashRecoveryTest {
  private static final int ARTICLES = 300;
  @TempDir Path tmp;

  @Test
  void killedIngestRerunLosesNothingAndDuplicatesNothing() throws Exception {
    Path input = tmp.resolve("news.jsonl");
    NewsGenerator gen = new NewsGenerator(7);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      lines.add(gen.articleLine(i));
    }
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path crashed = tmp.resolve("crashed");
    assertThat(runChild(crashed, input, 90)).as("first run killed mid-way").isFalse();
    long afterFirstKill = count(crashed, "SELECT count(*) FROM articles");
    assertThat(afterFirstKill).isBetween(1L, (long) ARTICLES - 1);
    assertThat(runChild(crashed, input, 60)).as("second run killed mid-way").isFalse();
    assertThat(runChild(crashed, input, -1)).as("third run completes: %s", lastOutput).isTrue();

    Path clean = tmp.resolve("clean");
    new IngestRun(new KeywordArticleCoder(), SlowKeywordIngestMain.versions(), new IngestRun.Settings(
        new StoreLayout(clean), Optional.empty(), 2, 8, Duration.ofMinutes(5)), new StageTimes())
        .run(List.of(input.toString()), System.in, null);

    assertThat(count(crashed, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
    assertThat(count(crashed, "SELECT count(DISTINCT article_id) FROM articles")).isEqualTo(ARTICLES);
    assertThat(count(crashed, "SELECT count(*) - count(DISTINCT event_id) FROM events")).isZero();
    assertThat(count(crashed, "SELECT count(*) - count(DISTINCT (article_seq, idx)) FROM sentences")).isZero();
    for (String q : List.of("SELECT count(*) FROM events", "SELECT count(*) FROM sentences",
        "SELECT count(*) FROM incidents", "SELECT count(*) FROM event_mentions",
        "SELECT sum(hash(event_id, cameo, src_text, tgt_text, fatalities)) FROM events",
        "SELECT sum(hash(incident_id, reports, sources, date_start)) FROM incidents")) {
      assertThat(count(crashed, q)).as(q).isEqualTo(count(clean, q));
    }
    assertThat(count(clean, "SELECT count(*) FROM events")).isPositive();
    assertThat(new TextSearch(new StoreLayout(crashed)).search("ceasefire", 1000))
        .hasSameSizeAs(new TextSearch(new StoreLayout(clean)).search("ceasefire", 1000));
  }

  @Test
  void readersQueryASnapshotWhileAnotherProcessIngests() throws Exception {
    Path input = tmp.resolve("news.jsonl");
    NewsGenerator gen = new NewsGenerator(11);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add(gen.articleLine(i));
    }
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path store = tmp.resolve("busy");
    Process p = child(store, input, "40");
    long seen = -1;
    boolean snapshot = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      int coded = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("coded ") && ++coded == 60) {
          try (StoreReader reader = StoreReader.open(new StoreLayout(store))) {
            snapshot = reader.fromSnapshot();
            seen = reader.count("SELECT count(*) FROM articles");
          }
          new TextSearch(new StoreLayout(store)).search("troops", 5);
        }
      }
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(snapshot).as("the writer holds the database, so the reader used the snapshot").isTrue();
    assertThat(seen).isBetween(0L, 200L);
    assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(200);
  }

  private static Process child(Path store, Path input, String msPerArticle) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        SlowKeywordIngestMain.class.getName(), store.toString(), input.toString(), msPerArticle);
    pb.redirectErrorStream(true);
    return pb.start();
  }

  /** Runs the child; kills it with SIGKILL after {@code killAfter} coded articles (never when negative). */
  private static final StringBuilder lastOutput = new StringBuilder();

  private static boolean runChild(Path store, Path input, int killAfter) throws IOException, InterruptedException {
    Process p = child(store, input, "8");
    int coded = 0;
    boolean done = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("coded ") && ++coded == killAfter) {
          p.destroyForcibly();
          break;
        }
        done |= line.startsWith("done ");
        if (!line.startsWith("coded ")) {
          lastOutput.append(line).append('\n');
        }
      }
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return done && p.exitValue() == 0;
  }

  private static long count(Path store, String sql) {
    try (StoreReader r = StoreReader.open(new StoreLayout(store))) {
      Map<String, Object> row = r.query(sql, List.of()).get(0);
      Object v = row.values().iterator().next();
      return v == null ? 0 : ((Number) v).longValue();
    }
  }
}
