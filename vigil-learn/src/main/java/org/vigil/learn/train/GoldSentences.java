package org.vigil.learn.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's own development gold ({@code gold/events-dev*.jsonl}: {@code text}, {@code expected},
 * {@code notes.root}, {@code notes.mode}). A sentence whose mode is "none" teaches "no event"; the others their
 * primary root and mode. Refuses held-out files (a name containing "test"): they are never trained on.
 */
public final class GoldSentences {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldSentences() {}

  public static List<LabelledText> read(Path file, List<String> problems) {
    if (file.getFileName().toString().contains("test")) {
      throw new IllegalArgumentException(file + ": held-out gold is never used for training");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<LabelledText> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(lines.get(i));
        String text = n.path("text").asText("");
        if (text.isBlank()) {
          problems.add(file + ":" + (i + 1) + ": no text");
          continue;
        }
        String origin = file.getFileName() + ":" + (i + 1);
        labels(n).ifPresent(l -> out.add(new LabelledText(text, origin, l)));
      } catch (IOException e) {
        problems.add(file + ":" + (i + 1) + ": not JSON: " + e.getMessage());
      }
    }
    return out;
  }

  /** Labels of one gold line (project format); empty when it has none. */
  static java.util.Optional<Map<String, String>> labels(JsonNode n) {
    JsonNode notes = n.path("notes");
    String root = notes.path("root").isTextual() ? notes.path("root").asText() : null;
    JsonNode expected = n.path("expected");
    if (root == null && expected.isArray() && !expected.isEmpty()) {
      root = expected.get(0).path("code").asText("").length() >= 2
          ? expected.get(0).path("code").asText().substring(0, 2) : null;
    }
    return labels(notes.path("mode").asText(""), root, expected.isArray() && expected.isEmpty());
  }

  /**
   * Labels from a line's mode, primary root and whether it expects no event: mode "none" (or no mode, root nor
   * event) teaches "no event"; otherwise the root and mode. Empty when the line says nothing usable.
   */
  static java.util.Optional<Map<String, String>> labels(String mode, String primaryRoot, boolean expectsNone) {
    String root = primaryRoot != null && primaryRoot.matches("0[1-9]|1[0-9]|20") ? primaryRoot : null;
    if (mode.equals("none") || (mode.isEmpty() && root == null && expectsNone)) {
      return java.util.Optional.of(Map.of(LabelledText.EVENT, "no"));
    }
    if (mode.isEmpty() && root == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(LabelledText.eventLabels(root, mode.isEmpty() ? null : mode));
  }
}
