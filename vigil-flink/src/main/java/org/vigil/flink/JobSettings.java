package org.vigil.flink;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Vigil Flink job reads, where it writes, and how it runs.
 *
 * @param inputs files and folders (any Flink file system URI); empty when reading Kafka only
 * @param monitor how often to look for new files (continuous), or empty to read the inputs once (bounded)
 * @param kafka a Kafka topic of JSON Lines articles, or empty
 * @param date fallback date for inputs without one
 * @param actorDirs folders of the user's own actor files (on every worker)
 * @param parallelism parallel instances of each stage
 * @param checkpointEvery checkpoint interval
 * @param parquet root folder of the Parquet output, or empty
 * @param store DuckDB store folder, or empty
 * @param lateness how long after the newest event date a session of reports stays open (continuous input)
 */
public record JobSettings(List<String> inputs, Optional<Duration> monitor, Optional<KafkaInput> kafka,
    Optional<LocalDate> date, List<Path> actorDirs, int parallelism, Duration checkpointEvery,
    Optional<Path> parquet, Optional<Path> store, Duration lateness) implements Serializable {
  public JobSettings {
    inputs = List.copyOf(inputs);
    actorDirs = List.copyOf(actorDirs);
    Objects.requireNonNull(monitor, "monitor");
    Objects.requireNonNull(kafka, "kafka");
    if (inputs.isEmpty() && kafka.isEmpty()) {
      throw new IllegalArgumentException("no input: give files or folders, or --kafka-topic");
    }
    if (parquet.isEmpty() && store.isEmpty()) {
      throw new IllegalArgumentException("no output: give --parquet DIR, --store DIR or both");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
    }
  }

  /** True when the job ends by itself (files read once, no Kafka). */
  public boolean bounded() {
    return monitor.isEmpty() && kafka.isEmpty();
  }

  /**
   * A Kafka input.
   *
   * @param brokers bootstrap servers
   * @param topic topic of JSON Lines records, one or more per message
   * @param group consumer group
   */
  public record KafkaInput(String brokers, String topic, String group) implements Serializable {
    public KafkaInput {
      Objects.requireNonNull(brokers, "brokers");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(group, "group");
    }
  }
}
