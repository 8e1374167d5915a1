package org.vigil.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Pipeline;
import org.vigil.app.ingest.IngestEngine;
import org.vigil.app.ingest.IngestReport;
import org.vigil.app.ingest.IngestRun;
import org.vigil.app.ingest.PipelineProcessor;
import org.vigil.app.ingest.Processors;
import org.vigil.app.ingest.StageTimes;
import org.vigil.flink.stage.SharedPipeline;
import org.vigil.flink.stage.Versioned;
import org.vigil.model.AnnotatedArticle;
import org.vigil.store.StoreLayout;
import org.vigil.store.StoreReader;

/**
 * The Vigil job in a two-slot MiniCluster on a few short articles: it leaves the store a plain ingest leaves,
 * its keyed incident merging finds the store's incidents, its Parquet reads back in DuckDB, and a task failed
 * mid-stream restarts from a checkpoint with no article lost or stored twice; {@code vigil ingest --engine flink}
 * finds the job through a ServiceLoader. CoreNLP loads once for the class.
 */
class VigilJobTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir
  static Path tmp;
  static Path news;
  static int articles;
  static Path plainStore;

  @BeforeAll
  static void codeThePlainWay() throws Exception {
    news = tmp.resolve("news");
    articles = TestNews.write(news);
    Pipeline pipeline = SharedPipeline.acquire(List.of());
    plainStore = tmp.resolve("plain");
    IngestReport r = new IngestRun(new PipelineProcessor(pipeline, new StageTimes()),
        Processors.versionsOf(pipeline.versions()), new IngestRun.Settings(new StoreLayout(plainStore),
        Optional.empty(), 1, 64, Duration.ofMinutes(5)), new StageTimes()).run(List.of(news.toString()), null, null);
    assertThat(r.rejections()).isEmpty();
    assertThat(r.added()).isEqualTo(articles);
  }

  @AfterAll
  static void releasePipeline() {
    SharedPipeline.release();
  }

  private static JobSettings settings(Path out, int parallelism) {
    return new JobSettings(List.of(news.toString()), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        parallelism, Duration.ofMillis(100), Optional.of(out.resolve("parquet")), Optional.of(out.resolve("store")),
        Duration.ofDays(7));
  }

  @Test
  void leavesTheStoreOfAPlainIngestAndMergesItsIncidentsOnKeyedState() throws Exception {
    Path out = tmp.resolve("run");
    JobSettings s = settings(out, 2);
    StreamExecutionEnvironment env = VigilJob.environment(s, new Configuration());
    VigilJob.build(env, s);
    env.execute("vigil test");

    List<String> plainEvents = rows(plainStore, EVENTS);
    assertThat(plainEvents).hasSizeGreaterThan(articles);
    assertThat(rows(out.resolve("store"), EVENTS)).isEqualTo(plainEvents);
    List<String> plainIncidents = rows(plainStore, INCIDENTS);
    assertThat(plainIncidents).anyMatch(line -> line.matches(".* \\d+ reports [2-9] .*"));
    assertThat(rows(out.resolve("store"), INCIDENTS)).isEqualTo(plainIncidents);

    assertThat(parquet(out, "SELECT " + EVENT_COLUMNS + " FROM read_parquet('%s/events/*/*.parquet',"
        + " hive_partitioning = true) ORDER BY event_id")).isEqualTo(plainEvents);
    assertThat(parquet(out, "SELECT incident_id || ' ' || dyad || ' ' || cameo || ' ' || date || ' ' || date_end"
        + " || ' ' || reports || ' reports ' || sources || ' ' || replace(event_ids, ' ', ',') FROM"
        + " read_parquet('%s/incidents/*/*.parquet', hive_partitioning = true) ORDER BY incident_id"))
        .isEqualTo(plainIncidents);
  }

  @Test
  void isTheFlinkEngineOfVigilIngest() {
    Path store = tmp.resolve("engine");
    IngestEngine engine = IngestEngine.named("flink");
    IngestReport r = engine.run(new IngestEngine.Request(List.of(news.toString()), new StoreLayout(store),
        Optional.empty(), List.of(), 2, Optional.empty()));
    assertThat(r.rejections()).isEmpty();
    assertThat(r.read()).isEqualTo(articles);
    assertThat(r.added()).isEqualTo(articles);
    assertThat(r.events()).isEqualTo(rows(plainStore, EVENTS).size());
    assertThat(rows(store, EVENTS)).isEqualTo(rows(plainStore, EVENTS));
    assertThat(rows(store, INCIDENTS)).isEqualTo(rows(plainStore, INCIDENTS));
  }

  @Test
  void watchesAFolderAndCodesFilesThatArriveLater() throws Exception {
    Path in = tmp.resolve("incoming");
    java.nio.file.Files.createDirectories(in);
    java.nio.file.Files.copy(news.resolve("a1-border.txt"), in.resolve("a1-border.txt"));
    Path out = tmp.resolve("watching");
    JobSettings s = new JobSettings(List.of(in.toString()), Optional.of(Duration.ofMillis(300)), Optional.empty(),
        Optional.empty(), List.of(), 1, Duration.ofMillis(200), Optional.of(out.resolve("parquet")), Optional.empty(),
        Duration.ofDays(7));
    StreamExecutionEnvironment env = VigilJob.environment(s, new Configuration());
    VigilJob.build(env, s);
    var job = env.executeAsync("vigil watching test");
    try {
      awaitParquetArticles(out, List.of("a1-border"));
      java.nio.file.Files.copy(news.resolve("a3-sanctions.txt"), in.resolve("a3-sanctions.txt"));
      awaitParquetArticles(out, List.of("a1-border", "a3-sanctions"));
    } finally {
      job.cancel().get();
    }
  }

  private static void awaitParquetArticles(Path out, List<String> expected) throws Exception {
    String sql = "SELECT DISTINCT article_id FROM read_parquet('%s/events/*/*.parquet') ORDER BY 1";
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    List<String> seen = List.of();
    while (System.nanoTime() < deadline) {
      seen = java.nio.file.Files.exists(out.resolve("parquet/events")) ? parquet(out, sql) : List.of();
      if (seen.equals(expected)) {
        return;
      }
      Thread.sleep(200);
    }
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void restartsAFailedTaskFromItsCheckpointWithoutLosingOrRecodingAnArticle() throws Exception {
    Path out = tmp.resolve("failing");
    JobSettings s = settings(out, 1);
    StreamExecutionEnvironment env = VigilJob.environment(s, new Configuration());
    DataStream<Versioned<AnnotatedArticle>> annotated = VigilJob.annotate(
        VigilJob.deduplicate(VigilJob.read(env, s)), s.actorDirs());
    VigilJob.sinks(VigilJob.codeAndPlace(annotated.map(new FailOnceAfterCheckpoint()).returns(VigilJob.ANNOTATED),
        s.actorDirs()), s);
    env.execute("vigil failing test");

    assertThat(FailOnceAfterCheckpoint.FAILED).isTrue();
    // a restart from scratch would pass every article again after those passed before the failure
    assertThat(FailOnceAfterCheckpoint.PASSED.get()).isGreaterThanOrEqualTo(articles)
        .isLessThan(articles + FailOnceAfterCheckpoint.BEFORE_FAILURE.get());
    assertThat(rows(out.resolve("store"), "SELECT article_id || ' v' || version FROM articles ORDER BY 1"))
        .hasSize(articles).doesNotHaveDuplicates().allMatch(a -> a.endsWith(" v1"));
    assertThat(rows(out.resolve("store"), EVENTS)).isEqualTo(rows(plainStore, EVENTS));
    assertThat(parquet(out, "SELECT " + EVENT_COLUMNS + " FROM read_parquet('%s/events/*/*.parquet',"
        + " hive_partitioning = true) ORDER BY event_id")).isEqualTo(rows(plainStore, EVENTS));
  }

  /**
   * Passes annotated articles on, but on the first attempt throws at the first article after a checkpoint has
   * completed, so the job restarts from that checkpoint with articles still to come.
   */
  static final class FailOnceAfterCheckpoint extends RichMapFunction<Versioned<AnnotatedArticle>,
      Versioned<AnnotatedArticle>> implements CheckpointListener {
    static final AtomicBoolean FAILED = new AtomicBoolean();
    static final AtomicInteger PASSED = new AtomicInteger();
    static final AtomicInteger BEFORE_FAILURE = new AtomicInteger();
    private boolean checkpointed;

    @Override
    public Versioned<AnnotatedArticle> map(Versioned<AnnotatedArticle> a) {
      if (checkpointed && getRuntimeContext().getTaskInfo().getAttemptNumber() == 0 && FAILED.compareAndSet(false, true)) {
        BEFORE_FAILURE.set(PASSED.get());
        throw new IllegalStateException("injected failure after a checkpoint");
      }
      PASSED.incrementAndGet();
      return a;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      checkpointed = PASSED.get() > 0;
    }
  }

  private static final String EVENT_COLUMNS = "event_id || ' ' || cameo || ' ' || coalesce(src_country, '-') || ' '"
      + " || coalesce(tgt_country, '-') || ' ' || date || ' ' || mode || ' ' || coalesce(loc_name, '-') || ' '"
      + " || coalesce(CAST(fatalities AS VARCHAR), '-') || ' ' || coalesce(outlet, '-')";
  private static final String EVENTS = "SELECT " + EVENT_COLUMNS + " FROM events WHERE is_current ORDER BY event_id";
  private static final String INCIDENTS = "SELECT i.incident_id || ' ' || i.dyad || ' ' || i.cameo || ' ' ||"
      + " i.date_start || ' ' || i.date_end || ' ' || i.reports || ' reports ' || i.sources || ' ' ||"
      + " (SELECT string_agg(m.event_id, ',' ORDER BY m.event_id) FROM event_mentions m"
      + " WHERE m.incident_id = i.incident_id) FROM incidents i ORDER BY i.incident_id";

  private static List<String> rows(Path store, String sql) {
    try (StoreReader r = StoreReader.open(new StoreLayout(store))) {
      return r.query(sql, List.of()).stream().map(m -> String.valueOf(m.values().iterator().next())).toList();
    }
  }

  private static List<String> parquet(Path out, String sqlWithRoot) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        ResultSet rs = c.createStatement().executeQuery(String.format(sqlWithRoot, out.resolve("parquet")))) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return lines;
  }
}
