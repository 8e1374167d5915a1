package org.vigil.flink;

import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.accumulators.ListAccumulator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;
import org.vigil.flink.sink.EventParquet;
import org.vigil.flink.sink.ParquetSink;
import org.vigil.flink.sink.StoreSink;
import org.vigil.flink.source.ArticleFileFormat;
import org.vigil.flink.source.JsonLinesMessages;
import org.vigil.flink.stage.Deduplicate;
import org.vigil.flink.stage.IncidentWindows;
import org.vigil.flink.stage.PipelineStage;
import org.vigil.flink.stage.Stages;
import org.vigil.flink.stage.Versioned;
import org.vigil.ingest.ReadResult;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.Rejection;
import org.vigil.model.Sentence;
import org.vigil.store.ParquetPartitions;
import org.vigil.store.incident.Incident;
import org.vigil.store.incident.MergeSettings;

/**
 * The Vigil pipeline as a Flink DataStream job: read (files, once or continuously, and Kafka) → deduplicate
 * (keyed by article id) → annotate → code → place, each stage an operator around vigil-app's own pipeline →
 * events to Parquet and/or the DuckDB store, and incidents merged on keyed state to Parquet. Checkpoints are
 * exactly-once. The steps are public so that tests can put an operator between two of them.
 */
public final class VigilJob {
  /** Accumulator: records read. */
  public static final String READ = "vigil-read";
  /** Accumulator: rejections, as "origin\tlocation\tstage\treason" lines. */
  public static final String REJECTIONS = "vigil-rejections";
  static final TypeInformation<Versioned<Article>> ARTICLES = TypeInformation.of(new TypeHint<>() {});
  static final TypeInformation<Versioned<AnnotatedArticle>> ANNOTATED = TypeInformation.of(new TypeHint<>() {});
  static final TypeInformation<Versioned<CodedArticle>> CODED = TypeInformation.of(new TypeHint<>() {});

  private VigilJob() {}

  /**
   * A configured environment for {@code s}: exactly-once checkpoints, object reuse (records are immutable),
   * restarts. It is the cluster's under {@code flink run} (or a test's), else a MiniCluster in this JVM.
   */
  public static StreamExecutionEnvironment environment(JobSettings s, Configuration base) {
    Configuration conf = new Configuration(base);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ofSeconds(1));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(s.parallelism());
    env.enableCheckpointing(s.checkpointEvery().toMillis(), CheckpointingMode.EXACTLY_ONCE);
    // Annotation is slow, so the job runs under backpressure: aligned barriers would wait behind every
    // buffered article; unaligned ones overtake them and store the in-flight records with the checkpoint.
    env.getCheckpointConfig().enableUnalignedCheckpoints();
    env.getConfig().enableObjectReuse();
    return env;
  }

  /** Adds the whole job to {@code env}. */
  public static void build(StreamExecutionEnvironment env, JobSettings s) {
    DataStream<Versioned<Article>> articles = deduplicate(read(env, s));
    DataStream<Versioned<AnnotatedArticle>> annotated = annotate(articles, s.actorDirs());
    sinks(codeAndPlace(annotated, s.actorDirs()), s);
  }

  /** Source records of all inputs: articles and rejections. */
  public static SingleOutputStreamOperator<Article> read(StreamExecutionEnvironment env, JobSettings s) {
    DataStream<ReadResult> records = null;
    if (!s.inputs().isEmpty()) {
      var builder = FileSource.forBulkFileFormat(new ArticleFileFormat(s.date()),
          s.inputs().stream().map(org.apache.flink.core.fs.Path::new).toArray(org.apache.flink.core.fs.Path[]::new));
      s.monitor().ifPresent(builder::monitorContinuously);
      records = env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "files");
    }
    if (s.kafka().isPresent()) {
      JobSettings.KafkaInput k = s.kafka().get();
      KafkaSource<ReadResult> kafka = KafkaSource.<ReadResult>builder().setBootstrapServers(k.brokers())
          .setTopics(k.topic()).setGroupId(k.group()).setStartingOffsets(OffsetsInitializer.earliest())
          .setValueOnlyDeserializer(new JsonLinesMessages(k.topic(), s.date())).build();
      DataStream<ReadResult> fromKafka = env.fromSource(kafka, WatermarkStrategy.noWatermarks(), "kafka");
      records = records == null ? fromKafka : records.union(fromKafka);
    }
    SingleOutputStreamOperator<Article> out = records.process(new SplitReads()).name("split reads");
    collectRejections(out.getSideOutput(PipelineStage.REJECTED));
    return out;
  }

  /** Drops repeats of content already seen under an article id; numbers changed articles' versions. */
  public static DataStream<Versioned<Article>> deduplicate(DataStream<Article> articles) {
    return articles.keyBy(Article::id).process(new Deduplicate()).returns(ARTICLES).name("deduplicate");
  }

  /** The annotation stage. */
  public static DataStream<Versioned<AnnotatedArticle>> annotate(DataStream<Versioned<Article>> articles,
      List<Path> actorDirs) {
    // round robin rather than the dedup's key hash: every annotating slot gets the same number of articles
    var out = articles.rebalance().process(new Stages.Annotate(actorDirs)).returns(ANNOTATED).name("annotate");
    collectRejections(out.getSideOutput(PipelineStage.REJECTED));
    return out;
  }

  /** The coding stage (actors resolved inside) and the placing stage. */
  public static DataStream<Versioned<CodedArticle>> codeAndPlace(DataStream<Versioned<AnnotatedArticle>> annotated,
      List<Path> actorDirs) {
    var coded = annotated.process(new Stages.Code(actorDirs)).returns(CODED).name("code");
    var placed = coded.process(new Stages.Place(actorDirs)).returns(CODED).name("place");
    collectRejections(coded.getSideOutput(PipelineStage.REJECTED));
    collectRejections(placed.getSideOutput(PipelineStage.REJECTED));
    return placed;
  }

  /** Events to Parquet and/or the store; incidents (keyed merging) to Parquet. */
  public static void sinks(DataStream<Versioned<CodedArticle>> coded, JobSettings s) {
    s.parquet().ifPresent(root -> {
      coded.sinkTo(new ParquetSink<>(root, "events", new EventParquet(s.actorDirs()))).name("events to Parquet");
      var incidents = IncidentWindows.of(coded, MergeSettings.DEFAULT,
          s.bounded() ? java.util.Optional.empty() : java.util.Optional.of(s.lateness()));
      incidents.sinkTo(new ParquetSink<Incident>(root, "incidents", ParquetPartitions::writeIncidents))
          .name("incidents to Parquet");
      collectRejections(incidents.getSideOutput(IncidentWindows.LATE)
          .map(f -> new Rejection(f.articleId(), f.eventId(), "incidents", "event date " + f.date()
              + " came after its reports' session had closed; raise --lateness-days"))
          .returns(Rejection.class).name("late facts"));
    });
    s.store().ifPresent(dir -> coded.map(VigilJob::slim).returns(CODED).name("slim")
        .sinkTo(new StoreSink(dir, s.actorDirs(), 30)).setParallelism(1).name("DuckDB store"));
  }

  /** The coded article without tokens, parses and coreference (the store keeps sentence text and events). */
  static Versioned<CodedArticle> slim(Versioned<CodedArticle> c) {
    AnnotatedArticle a = c.value().annotated();
    List<Sentence> sentences = a.sentences().stream().map(x -> new Sentence(x.index(), x.span(), x.text(),
        List.of(), List.of(), List.of(), x.parsed(), x.heading())).toList();
    return c.with(new CodedArticle(new AnnotatedArticle(a.article(), sentences, List.of()), c.value().events()));
  }

  private static void collectRejections(DataStream<Rejection> rejections) {
    rejections.map(new CollectRejection()).name("rejections").sinkTo(new DiscardingSink<>()).name("rejections");
  }

  /** Splits source records into articles and rejections, counting what was read. */
  private static final class SplitReads extends ProcessFunction<ReadResult, Article> {
    @Override
    public void processElement(ReadResult r, Context ctx, Collector<Article> out) {
      if (r.article() != null) {
        getRuntimeContext().getLongCounter(READ).add(1);
        out.collect(r.article());
      } else {
        ctx.output(PipelineStage.REJECTED, r.rejection());
      }
    }
  }

  /** Records a rejection in the job's accumulator, for the client's report. */
  private static final class CollectRejection extends RichMapFunction<Rejection, String> {
    private transient ListAccumulator<String> all;

    @Override
    @SuppressWarnings("unchecked")
    public void open(OpenContext context) {
      // collectors of several stages may share a task, and with it the accumulator
      Object shared = getRuntimeContext().getAccumulator(REJECTIONS);
      all = (ListAccumulator<String>) shared;
      if (all == null) {
        all = new ListAccumulator<>();
        getRuntimeContext().addAccumulator(REJECTIONS, all);
      }
    }

    @Override
    public String map(Rejection x) {
      String line = String.join("\t", x.origin(), x.location(), x.stage(), x.reason());
      all.add(line);
      return line;
    }
  }
}
