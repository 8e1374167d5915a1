package org.vigil.learn.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the DEV split of the real-text gold ({@code gold/real/}): label lines point at a sentence of a shared
 * text (VOA article or Wikipedia item) by document and a locating phrase; the sentence is taken from
 * {@code ../shared/corpus}. Only documents that {@code split.tsv} marks {@code dev} are read: files of test
 * documents are never opened, and files named "*test*" are skipped.
 */
public final class RealTextGold {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RealTextGold() {}

  public static List<LabelledText> read(Path goldReal, Path shared, List<String> problems) {
    Path splitFile = goldReal.resolve("split.tsv");
    if (!Files.isRegularFile(splitFile)) {
      return List.of();
    }
    Set<String> dev = devUnits(splitFile);
    Texts texts = new Texts(shared.resolve("corpus"));
    Map<String, LabelledText> byId = new java.util.LinkedHashMap<>();
    for (Path f : files(goldReal)) {
      String unit = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
      boolean combined = unit.endsWith("-dev");
      if (unit.contains("test") || (!combined && !isDev(dev, unit))) {
        continue;
      }
      readFile(f, dev, texts, problems).forEach(t -> byId.putIfAbsent(t.origin(), t));
    }
    return List.copyOf(byId.values());
  }

  private static List<LabelledText> readFile(Path f, Set<String> dev, Texts texts, List<String> problems) {
    List<LabelledText> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(lines.get(i));
        String doc = n.path("doc").asText("");
        if (!isDev(dev, unitOf(doc))) {
          continue;
        }
        Optional<String> sentence = texts.sentence(doc, n.path("locate").asText(""));
        Optional<Map<String, String>> labels = GoldSentences.labels(n);
        if (sentence.isEmpty()) {
          problems.add(f + ":" + (i + 1) + ": locate phrase not found in " + doc);
        } else if (labels.isPresent()) {
          out.add(new LabelledText(sentence.get(), n.path("id").asText(doc + ":" + i), labels.get()));
        }
      } catch (IOException e) {
        problems.add(f + ":" + (i + 1) + ": not JSON: " + e.getMessage());
      }
    }
    return out;
  }

  /** VOA documents are their own unit; a Wikipedia item belongs to its day ("wce-2014-03-07-02" → "wce-2014-03-07"). */
  /** A unit is dev when the split lists it by name or, for a VOA article, by its {@link DocumentKey}. */
  private static boolean isDev(Set<String> dev, String unit) {
    return dev.contains(unit) || !unit.startsWith("wce-") && dev.contains(org.vigil.model.DocumentKey.of(unit));
  }

  static String unitOf(String doc) {
    return doc.startsWith("wce-") && doc.length() >= 14 ? doc.substring(0, 14) : doc;
  }

  private static Set<String> devUnits(Path split) {
    Set<String> dev = new HashSet<>();
    try {
      for (String line : Files.readAllLines(split, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 3 && f[2].strip().equals("dev")) {
          dev.add(f[0].equals("wce") ? "wce-" + f[1].strip() : f[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split, e);
    }
    return dev;
  }

  private static List<Path> files(Path goldReal) {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(goldReal, goldReal.resolve("parts"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + dir, e);
        }
      }
    }
    return out;
  }

  /** The shared texts, loaded on demand, with whitespace collapsed. */
  private static final class Texts {
    private final Path corpus;
    private final Map<String, String> cache = new HashMap<>();
    private Map<String, String> wikipedia;

    Texts(Path corpus) {
      this.corpus = corpus;
    }

    Optional<String> sentence(String doc, String locate) {
      String text = doc.startsWith("wce-") ? wikipedia().get(doc) : voa(doc);
      String phrase = locate.strip().replaceAll("\\s+", " ");
      int at = text == null || phrase.isEmpty() ? -1 : text.indexOf(phrase);
      if (at < 0) {
        return Optional.empty();
      }
      return Optional.of(Sentences.around(text, at, at + phrase.length()));
    }

    private String voa(String doc) {
      return cache.computeIfAbsent(doc, d -> {
        Path p = corpus.resolve("voa/articles/" + d + ".txt");
        try {
          String t = Files.readString(p, StandardCharsets.UTF_8).replaceFirst("^date \\d{4}-\\d{2}-\\d{2}", "");
          return t.replaceAll("\\n\\s*\\n", " \u2029 ").replaceAll("[ \\t\\r\\n]+", " ").strip();
        } catch (IOException e) {
          return null;
        }
      });
    }

    private Map<String, String> wikipedia() {
      if (wikipedia == null) {
        wikipedia = new HashMap<>();
        Path items = corpus.resolve("wikipedia-current-events/items.jsonl");
        try {
          for (String line : Files.readAllLines(items, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            wikipedia.put(n.path("id").asText(), n.path("text").asText().replaceAll("\\s+", " ").strip());
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + items, e);
        }
      }
      return wikipedia;
    }
  }
}
