package org.vigil.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.cli.VigilCommand;
import org.vigil.app.eval.GoldFile;
import picocli.CommandLine;

/** A correction made through the API reaches {@code vigil events} and becomes a gold line {@code vigil eval} reads. */
class CorrectionsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertThat(new CommandLine(new VigilCommand()).execute(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRejectionLeavesTheEventsCommandAndTheExportWritesGoldLines() throws IOException {
    DeskFixture desk = DeskFixture.get();
    JsonNode ev = JSON.readTree(desk.get("/api/events?text=" + "resumed+talks").body()).get("items").get(0);
    String id = ev.get("event_id").asText();
    String body = "{\"event_id\":\"" + id + "\",\"verdict\":\"reject\",\"analyst\":\"cli-test\"}";
    assertThat(desk.post("/api/corrections", body, "Bearer " + desk.token).statusCode()).isEqualTo(201);
    String events = run("events", "--store", desk.store.toString(), "--text", "resumed talks", "--format", "jsonl");
    assertThat(events).doesNotContain("\"event_id\":\"" + id + "\"");
    Path gold = tmp.resolve("corrections.jsonl");
    run("corrections", "export", "--store", desk.store.toString(), "-o", gold.toString());
    GoldFile.Contents c = GoldFile.read(gold, LocalDate.of(2024, 1, 1));
    assertThat(c.problems()).isEmpty();
    assertThat(c.sentences()).anySatisfy(s -> {
      assertThat(s.text()).contains("resumed talks");
      assertThat(s.expected()).noneMatch(e -> e.source().equals(ev.get("src_country").asText()
          + ev.get("src_sector").asText()) && e.target().equals(ev.get("tgt_country").asText()
          + ev.get("tgt_sector").asText()) && e.code().equals(ev.get("cameo").asText()));
    });
  }
}
