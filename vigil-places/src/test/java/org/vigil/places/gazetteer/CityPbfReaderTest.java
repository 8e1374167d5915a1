package org.vigil.places.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cities.pbf reader: well-formed records decode; a malformed record is reported and skipped. */
class CityPbfReaderTest {
  @TempDir
  Path dir;

  private static void varint(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static void string(ByteArrayOutputStream out, int field, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(out, (long) field << 3 | 2);
    varint(out, b.length);
    out.writeBytes(b);
  }

  private static byte[] city(int id, String name, String country, int pop, long dLon, long dLat) {
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    varint(m, 1 << 3);
    varint(m, (long) id << 1);
    string(m, 2, name);
    string(m, 3, country);
    string(m, 7, "PPL");
    string(m, 8, "01");
    varint(m, 9 << 3);
    varint(m, pop);
    varint(m, 10 << 3);
    varint(m, dLon >= 0 ? dLon << 1 : (-dLon << 1) - 1);
    varint(m, 11 << 3);
    varint(m, dLat >= 0 ? dLat << 1 : (-dLat << 1) - 1);
    return m.toByteArray();
  }

  private static void record(ByteArrayOutputStream out, byte[] message) {
    varint(out, message.length);
    out.writeBytes(message);
  }

  @Test
  void reportsAndSkipsMalformedRecordAndKeepsTheOthers() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    record(file, city(100, "Alpha", "IQ", 5000, 4_400_000, 3_330_000));
    record(file, new byte[] {(byte) (2 << 3 | 2), 50, 'x'});
    record(file, city(200, "Beta", "SY", 7000, -100_000, 100_000));
    Path pbf = dir.resolve("cities.pbf");
    Files.write(pbf, file.toByteArray());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    CityPbfReader reader = new CityPbfReader(pbf);
    List<SourceCity> cities = reader.read(new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(cities).extracting(SourceCity::name).containsExactly("Alpha", "Beta");
    assertThat(cities.get(1).lat()).isCloseTo(34.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(reader.skipped()).isEqualTo(1);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("record 2").contains("skipped");
  }
}
