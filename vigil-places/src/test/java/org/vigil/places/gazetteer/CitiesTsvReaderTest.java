package org.vigil.places.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cities1000 reader: rows decode with their alternates; a malformed row is reported with its line. */
class CitiesTsvReaderTest {
  @TempDir
  Path dir;

  private static String row(String id, String name, String alternates, String lat, String country) {
    return String.join("\t", id, name, name, alternates, lat, "20.5", "P", "PPLA", country, "", "07", "", "",
        "", "12000", "", "40", "Asia/Baghdad", "2020-01-01");
  }

  @Test
  void reportsMalformedRowWithItsLineAndKeepsTheRest() throws IOException {
    Path file = dir.resolve("cities1000.txt");
    Files.write(file, List.of(row("1", "Alpha", "Alfa,ALF", "33.1", "IQ"),
        row("2", "Beta", "", "north", "IQ"), "3\tGamma\ttoo few fields", row("4", "Delta", "", "34.0", "SY")));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    CitiesTsvReader reader = new CitiesTsvReader(file);
    List<SourceCity> cities = reader.read(new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(cities).extracting(SourceCity::name).containsExactly("Alpha", "Delta");
    assertThat(reader.skipped()).isEqualTo(2);
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("cities1000.txt:2: bad latitude 'north'")
        .contains("cities1000.txt:3: expected 19");
  }

  @Test
  void keepsLatinAlternatesButNotShortCodes() {
    SourceCity c = CitiesTsvReader.parse(row("5", "Mişrātah", "Misrata,MRA,مصراتة,Misurata", "32.4", "LY"));
    assertThat(c.alternates()).contains("Misrata", "Misurata").doesNotContain("MRA", "مصراتة");
  }

  @Test
  void rejectsCoordinatesOutOfRange() {
    assertThatThrownBy(() -> CitiesTsvReader.parse(row("6", "Far", "", "123.0", "IQ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
  }
}
