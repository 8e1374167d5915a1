package org.vigil.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A few short news articles written for these tests (seed text files and one JSON Lines file of two outlets
 * reporting the same shelling), so that incidents merge across articles.
 */
final class TestNews {
  private static final List<String[]> SEED = List.of(
      new String[] {"a1-border.txt", "date 2024-03-04 Turkish troops attacked Kurdish militants near the Iraqi"
          + " border on Sunday, the army said.\n\nAnkara accused the militants of planning attacks on towns in the"
          + " southeast."},
      new String[] {"a2-talks.txt", "date 2024-03-05 The foreign ministers of Egypt and Jordan met in Cairo on"
          + " Tuesday to discuss aid deliveries.\n\nEgypt praised Jordan for its help with the convoys."},
      new String[] {"a3-sanctions.txt", "date 2024-03-06 Washington imposed new sanctions on Iranian oil"
          + " exporters on Wednesday.\n\nIran condemned the United States and threatened to respond."},
      new String[] {"a4-protest.txt", "date 2024-03-06 Thousands of farmers protested in Paris against the"
          + " French government on Wednesday.\n\nPolice arrested twelve protesters near the parliament."},
      new String[] {"a5-aid.txt", "date 2024-03-07 Japan pledged 50 million dollars in humanitarian aid to"
          + " Sudan on Thursday.\n\nThe Sudanese government thanked Japan for the assistance."},
      new String[] {"a6-navy.txt", "date 2024-03-08 Chinese coast guard ships blocked a Philippine supply boat"
          + " near a disputed reef on Friday.\n\nManila protested to Beijing over the incident."});

  private static final String JSONL = String.join("\n",
      "{\"id\":\"b1-kharkiv\",\"date\":\"2024-03-04\",\"source\":\"Northern Wire\",\"title\":\"Shelling\","
          + "\"text\":\"Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three civilians,"
          + " regional officials said.\"}",
      "{\"id\":\"b2-kharkiv\",\"date\":\"2024-03-05\",\"source\":\"Eastern Daily\",\"title\":\"Kharkiv\","
          + "\"text\":\"Russian forces shelled Kharkiv in Ukraine on Monday and killed three people, the"
          + " governor said.\"}") + "\n";

  private TestNews() {}

  /** Writes the articles into {@code dir}; returns how many articles it holds. */
  static int write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String[] a : SEED) {
      Files.writeString(dir.resolve(a[0]), a[1] + "\n", StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("wires.jsonl"), JSONL, StandardCharsets.UTF_8);
    return SEED.size() + 2;
  }
}
