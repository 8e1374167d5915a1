package org.vigil.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.gold.GoldSentence;

/**
 * Reads a gold file: one JSON object per line, {@code {"id","date","text","expected":[{"source","target",
 * "code"}],"notes":{"evaluate":bool}}}. A record without a date gets {@code fallbackDate}; a malformed line is
 * reported with file:line and skipped. Stateless; thread-safe.
 */
public final class GoldFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The sentences of a gold file and the lines that could not be read.
   *
   * @param sentences readable records in file order
   * @param problems "file:line: reason" for each skipped line
   */
  public record Contents(List<GoldSentence> sentences, List<String> problems) {}

  private GoldFile() {}

  public static Contents read(Path file, LocalDate fallbackDate) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading gold file " + file, e);
    }
    List<GoldSentence> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(parse(JSON.readTree(line), fallbackDate));
      } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
        problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
      }
    }
    return new Contents(out, problems);
  }

  static GoldSentence parse(JsonNode n, LocalDate fallbackDate) {
    String date = n.path("date").asText("");
    List<GoldSentence.Expected> expected = new ArrayList<>();
    JsonNode ex = n.get("expected");
    if (ex == null || !ex.isArray()) {
      throw new IllegalArgumentException("missing 'expected' array");
    }
    for (JsonNode e : ex) {
      String code = e.path("code").asText("");
      if (!code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("bad CAMEO code '" + code + "'");
      }
      expected.add(new GoldSentence.Expected(e.path("source").asText("---"), e.path("target").asText("---"), code));
    }
    String text = n.path("text").asText(null);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("missing 'text'");
    }
    return new GoldSentence(n.path("id").asText(""), date.isEmpty() || date.equals("null") ? fallbackDate
        : LocalDate.parse(date), text, expected, n.path("notes").path("evaluate").asBoolean(true));
  }
}
