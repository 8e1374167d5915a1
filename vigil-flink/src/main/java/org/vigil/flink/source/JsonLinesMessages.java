package org.vigil.flink.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;
import org.vigil.ingest.JsonLinesSource;
import org.vigil.ingest.ReadResult;

/**
 * Kafka messages holding one JSON Lines article record each (the fields of {@code vigil ingest}'s JSON Lines
 * input), read with vigil-ingest's {@link JsonLinesSource}; a bad message becomes a rejection.
 */
public final class JsonLinesMessages implements DeserializationSchema<ReadResult> {
  private final String topic;
  private final String fallbackDate;

  public JsonLinesMessages(String topic, Optional<LocalDate> fallbackDate) {
    this.topic = topic;
    this.fallbackDate = fallbackDate.map(LocalDate::toString).orElse(null);
  }

  @Override
  public ReadResult deserialize(byte[] message) {
    throw new UnsupportedOperationException("one message may hold several lines: use deserialize(bytes, out)");
  }

  @Override
  public void deserialize(byte[] message, Collector<ReadResult> out) throws IOException {
    new JsonLinesSource(Optional.ofNullable(fallbackDate).map(LocalDate::parse))
        .read("kafka:" + topic, new ByteArrayInputStream(message), out::collect);
  }

  @Override
  public boolean isEndOfStream(ReadResult next) {
    return false;
  }

  @Override
  public TypeInformation<ReadResult> getProducedType() {
    return TypeInformation.of(ReadResult.class);
  }
}
