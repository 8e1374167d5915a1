package org.vigil.learn.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads ConfliBERT's CAMEO class file ({@code sentence<TAB>label}, label 0–4 = CAMEO's five classes; some
 * sentences are wrapped in CSV-style quotes). Every sentence holds an event; only the five-class head learns
 * its type. A bad line is reported in {@code problems} and skipped.
 */
public final class ConfliBertSet {
  private ConfliBertSet() {}

  public static List<LabelledText> read(Path file, List<String> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<LabelledText> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int tab = line.lastIndexOf('\t');
      String label = tab < 0 ? "" : line.substring(tab + 1).strip();
      if (tab < 0 || !label.matches("[0-4]")) {
        problems.add(file + ":" + (i + 1) + ": expected sentence<TAB>label 0-4");
        continue;
      }
      out.add(new LabelledText(unquote(line.substring(0, tab)), "conflibert:" + (i + 1),
          Map.of(LabelledText.EVENT, "yes", LabelledText.FIVE, label)));
    }
    return out;
  }

  /** Removes CSV-style quoting: outer quotes and doubled inner quotes. */
  static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1);
    }
    return t.replace("\"\"", "\"").strip();
  }
}
