package org.vigil.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ConfliBERT's CAMEO data in place (never copied into the project): the five-class file
 * ({@code sentence<TAB>label}, label 0–4) and the actor-span file (one {@code token TAG} per line, B-/I- with S
 * source, T target, R both sides; blank line between sentences). Malformed lines are listed as file:line. Stateless.
 */
public final class ConfliBertSets {
  /** A sentence with its five-class label. */
  public record Labelled(String where, String text, int label) {}

  /**
   * A sentence with its actor spans as token ranges.
   *
   * @param tokens the sentence's tokens
   * @param tags one tag per token ("O", "B-S", "I-T", ...)
   */
  public record Spans(String where, List<String> tokens, List<String> tags) {
    public String text() {
      return String.join(" ", tokens);
    }

    /** The words tagged with role {@code role} ("S", "T" or "R"), lower-cased. */
    public List<String> words(String role) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (tags.get(i).endsWith("-" + role)) {
          out.add(tokens.get(i).toLowerCase(java.util.Locale.ROOT));
        }
      }
      return out;
    }
  }

  /** Contents of a file and the lines that could not be read. */
  public record Contents<T>(List<T> items, List<String> problems) {}

  private ConfliBertSets() {}

  public static Contents<Labelled> readFiveClass(Path file) {
    List<String> lines = lines(file);
    List<Labelled> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      int tab = l.lastIndexOf('\t');
      String label = tab < 0 ? "" : l.substring(tab + 1).trim();
      if (tab <= 0 || !label.matches("[0-4]")) {
        problems.add(file + ":" + (i + 1) + ": expected 'sentence<TAB>label' with label 0-4");
        continue;
      }
      out.add(new Labelled(file + ":" + (i + 1), l.substring(0, tab).strip(), Integer.parseInt(label)));
    }
    return new Contents<>(out, problems);
  }

  public static Contents<Spans> readSpans(Path file) {
    List<String> lines = lines(file);
    List<Spans> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int start = 1;
    for (int i = 0; i <= lines.size(); i++) {
      String l = i < lines.size() ? lines.get(i).strip() : "";
      if (l.isEmpty()) {
        if (!tokens.isEmpty()) {
          out.add(new Spans(file + ":" + start, List.copyOf(tokens), List.copyOf(tags)));
        }
        tokens.clear();
        tags.clear();
        start = i + 2;
        continue;
      }
      int sp = l.lastIndexOf(' ');
      String tag = sp < 0 ? "" : l.substring(sp + 1);
      if (sp <= 0 || !tag.matches("O|[BI]-[STR]")) {
        problems.add(file + ":" + (i + 1) + ": expected 'token TAG' with TAG O or B-/I- S, T, R");
        continue;
      }
      tokens.add(l.substring(0, sp));
      tags.add(tag);
    }
    return new Contents<>(out, problems);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }
}
