package org.vigil.learn.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads NGEC's synthetic PLOVER stories (a CSV with a header and quoted, multi-line fields; columns
 * {@code text}, {@code label}, {@code mode}). Each story gives one training text, its lead sentence, which
 * states the labelled event; the root comes through {@link PloverToCameo} where it is unambiguous. The labels
 * are a model's: good for coverage of rare types, not gold.
 */
public final class NgecStories {
  private NgecStories() {}

  public static List<LabelledText> read(Path csv, PloverToCameo plover, List<String> problems) {
    List<List<String>> rows;
    try {
      rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(csv + ": empty");
    }
    List<String> header = rows.get(0);
    int text = column(header, "text", csv);
    int label = column(header, "label", csv);
    int mode = column(header, "mode", csv);
    List<LabelledText> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() != header.size()) {
        problems.add(csv + ": row " + i + ": " + r.size() + " fields, header has " + header.size());
        continue;
      }
      String lead = lead(r.get(text));
      if (lead.isEmpty()) {
        continue;
      }
      Optional<String> root = plover.root(r.get(label), r.get(mode));
      Map<String, String> labels = new HashMap<>(LabelledText.eventLabels(root.orElse(null), null));
      out.add(new LabelledText(lead, "ngec:" + i, labels));
    }
    return out;
  }

  /** The first sentence of a story (up to the first '.', '!' or '?' followed by space and a capital). */
  static String lead(String story) {
    String s = story.strip().replaceAll("\\s+", " ");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?][\"”’]?\\s+(?=[A-Z\"“])").matcher(s);
    while (m.find()) {
      if (m.start() > 20) {
        return s.substring(0, m.start() + 1).strip();
      }
    }
    return s;
  }

  private static int column(List<String> header, String name, Path csv) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(csv + ":1: no column '" + name + "' in " + header);
    }
    return i;
  }
}
