package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.SeedArticleReader;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/** The reference article codes to the hand-written events of its golden file, and nothing forbidden. */
class ReferenceArticleGoldenTest {
  private static final String NAME = "2024-01-30-kataib-hezbollah-cessation";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<Event> events;

  @BeforeAll
  static void code() {
    Path file = Path.of(System.getProperty("vigil.project.dir", ".."), "examples", NAME + ".txt");
    events = SharedPipeline.get().process(new SeedArticleReader(Optional.empty()).read(file).article()).events();
  }

  @Test
  void yieldsEveryHandWrittenEvent() throws IOException {
    List<String> missing = new ArrayList<>();
    for (JsonNode expected : resourceLines(NAME + ".expected.jsonl")) {
      if (events.stream().noneMatch(e -> GoldenMatch.matches(expected, e))) {
        missing.add(expected.path("note").asText());
      }
    }
    assertThat(missing).as("expected events not coded; coded: %s", describe()).isEmpty();
  }

  @Test
  void codesNothingFromHeadingsOrClosingParagraph() throws IOException {
    JsonNode forbidden = forbidden();
    for (JsonNode s : forbidden.path("no_events")) {
      assertThat(events).noneMatch(e -> e.sentence() == s.asInt());
    }
  }

  @Test
  void hedgedSentencesYieldNoAssertedEvent() throws IOException {
    for (JsonNode s : forbidden().path("no_asserted_events")) {
      assertThat(events).noneMatch(e -> e.sentence() == s.asInt() && e.mode() == Mode.ASSERTED);
    }
  }

  @Test
  void neverCodesTheCessationAsConflict() throws IOException {
    forbidden().path("forbidden_roots").fields().forEachRemaining(f -> {
      int sentence = Integer.parseInt(f.getKey());
      for (JsonNode root : f.getValue()) {
        assertThat(events).noneMatch(e -> e.sentence() == sentence && e.code().root().equals(root.asText()));
      }
    });
  }

  @Test
  void pastAttacksAreHistorical() throws IOException {
    forbidden().path("historical_only_roots").fields().forEachRemaining(f -> {
      int sentence = Integer.parseInt(f.getKey());
      for (JsonNode root : f.getValue()) {
        assertThat(events).filteredOn(e -> e.sentence() == sentence && e.code().root().equals(root.asText()))
            .allMatch(e -> e.mode() == Mode.HISTORICAL);
      }
    });
  }

  private static JsonNode forbidden() throws IOException {
    try (InputStream in = resource(NAME + ".forbidden.json")) {
      return JSON.readTree(in);
    }
  }

  private static List<JsonNode> resourceLines(String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = resource(name)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }

  private static InputStream resource(String name) {
    InputStream in = ReferenceArticleGoldenTest.class.getResourceAsStream("/golden/" + name);
    assertThat(in).as("golden resource %s", name).isNotNull();
    return in;
  }

  private static String describe() {
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append("\n  s").append(e.sentence()).append(' ').append(e.code().code()).append(' ')
          .append(code(e.source())).append(" -> ").append(code(e.target())).append(' ').append(e.mode());
    }
    return sb.toString();
  }

  private static String code(ActorRef a) {
    return a == null ? "-" : a.cameoCode() + "/" + a.actor();
  }
}
