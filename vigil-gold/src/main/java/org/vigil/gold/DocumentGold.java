package org.vigil.gold;

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
import java.util.Objects;

/**
 * Reads real-text gold: one line per sentence of a shared document, pointing at it by corpus, document id,
 * sentence number and a short locating phrase (format in {@code gold/real/README.md}). A malformed line is
 * reported with file:line and skipped. Stateless; thread-safe.
 */
public final class DocumentGold {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One labelled sentence of a shared document.
   *
   * @param where file:line of the label, for error reports
   * @param id {@code doc#sentence}
   * @param corpus "voa" or "wce"
   * @param doc document id
   * @param sentence 0-based sentence number as the labeller counted
   * @param locate a short phrase of the sentence, unique in the document
   * @param date the document date
   * @param expected asserted events
   * @param root CAMEO root of the primary event, or null when the sentence holds none
   * @param mode the labeller's mode of the sentence ({@code notes.mode}: "asserted", "none", ...), "" when absent
   */
  public record Line(String where, String id, String corpus, String doc, int sentence, String locate,
      LocalDate date, List<GoldSentence.Expected> expected, String root, String mode) {
    public Line {
      Objects.requireNonNull(doc, "doc");
      Objects.requireNonNull(locate, "locate");
      Objects.requireNonNull(mode, "mode");
      expected = List.copyOf(expected);
    }
  }

  /** Labelled lines and the lines that could not be read. */
  public record Contents(List<Line> lines, List<String> problems) {}

  private DocumentGold() {}

  /** True when the first record of {@code file} points at a document rather than carrying its own text. */
  public static boolean isDocumentGold(Path file) {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.isBlank()).findFirst().map(DocumentGold::pointsAtDocument).orElse(false);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static boolean pointsAtDocument(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      return n.has("doc") && !n.has("text");
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads every line of a real-text gold file; malformed lines go to {@link Contents#problems()} as file:line. */
  public static Contents read(Path file) {
    List<String> raw;
    try {
      raw = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading gold file " + file, e);
    }
    List<Line> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      try {
        out.add(parse(where, JSON.readTree(raw.get(i))));
      } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    return new Contents(out, problems);
  }

  static Line parse(String where, JsonNode n) {
    String doc = required(n, "doc");
    String corpus = n.path("corpus").asText(doc.startsWith("wce-") ? "wce" : "voa");
    String locate = required(n, "locate");
    if (!n.path("sentence").canConvertToInt()) {
      throw new IllegalArgumentException("missing 'sentence' number");
    }
    JsonNode ex = n.get("expected");
    if (ex == null || !ex.isArray()) {
      throw new IllegalArgumentException("missing 'expected' array");
    }
    List<GoldSentence.Expected> expected = new ArrayList<>();
    for (JsonNode e : ex) {
      String code = e.path("code").asText("");
      if (!code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("bad CAMEO code '" + code + "'");
      }
      expected.add(new GoldSentence.Expected(e.path("source").asText("---"), e.path("target").asText("---"),
          code));
    }
    JsonNode root = n.path("notes").path("root");
    String r = root.isTextual() ? root.asText() : expected.isEmpty() ? null : expected.get(0).code().substring(0, 2);
    return new Line(where, n.path("id").asText(doc + "#" + n.path("sentence").asInt()), corpus, doc,
        n.path("sentence").asInt(), locate, LocalDate.parse(required(n, "date")), expected, r,
        n.path("notes").path("mode").asText(""));
  }

  private static String required(JsonNode n, String field) {
    String v = n.path(field).asText("");
    if (v.isBlank()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return v;
  }
}
