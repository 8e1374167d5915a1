package org.vigil.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point of the job jar: {@code flink run vigil-flink-job.jar [options] PATH...} on a cluster, or
 * {@code java -cp ... org.vigil.flink.VigilJobMain ...} in a MiniCluster of this JVM.
 */
@Command(name = "vigil-flink", mixinStandardHelpOptions = true,
    description = "Code news into CAMEO events with Apache Flink: files (once or continuously) or Kafka in,"
        + " Parquet and/or a DuckDB store out.")
public final class VigilJobMain implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Input files or folders (file://, hdfs://, s3://).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--monitor-seconds", description = "Watch the folders for new files every N seconds (continuous).")
  Long monitorSeconds;

  @Option(names = "--kafka-brokers", description = "Kafka bootstrap servers (with --kafka-topic).")
  String kafkaBrokers;

  @Option(names = "--kafka-topic", description = "Kafka topic of JSON Lines article records.")
  String kafkaTopic;

  @Option(names = "--kafka-group", defaultValue = "vigil", description = "Kafka consumer group (default ${DEFAULT-VALUE}).")
  String kafkaGroup;

  @Option(names = "--date", description = "Date (YYYY-MM-DD) for inputs that carry none.")
  LocalDate date;

  @Option(names = "--actors", description = "Folder of your own actor files (present on every worker).")
  List<Path> actorDirs = new ArrayList<>();

  @Option(names = "--parallelism", defaultValue = "1", description = "Parallel instances of each stage.")
  int parallelism;

  @Option(names = "--checkpoint-seconds", defaultValue = "30", description = "Checkpoint interval.")
  long checkpointSeconds;

  @Option(names = "--parquet", description = "Root folder of the Parquet output (events/, incidents/).")
  Path parquet;

  @Option(names = "--store", description = "DuckDB store folder (single machine; written by one task).")
  Path store;

  @Option(names = "--lateness-days", defaultValue = "7",
      description = "Continuous input: days after the newest event date that a run of reports stays open.")
  int latenessDays;

  public static void main(String[] args) {
    System.exit(new CommandLine(new VigilJobMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    JobSettings s = new JobSettings(inputs, Optional.ofNullable(monitorSeconds).map(Duration::ofSeconds),
        Optional.ofNullable(kafkaTopic).map(t -> new JobSettings.KafkaInput(
            requireBrokers(), t, kafkaGroup)), Optional.ofNullable(date), actorDirs, parallelism,
        Duration.ofSeconds(checkpointSeconds), Optional.ofNullable(parquet), Optional.ofNullable(store),
        Duration.ofDays(latenessDays));
    StreamExecutionEnvironment env = VigilJob.environment(s, new Configuration());
    VigilJob.build(env, s);
    env.execute("vigil");
    return 0;
  }

  private String requireBrokers() {
    if (kafkaBrokers == null) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--kafka-topic needs --kafka-brokers");
    }
    return kafkaBrokers;
  }
}
