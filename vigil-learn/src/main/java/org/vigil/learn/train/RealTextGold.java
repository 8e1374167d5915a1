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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.vigil.gold.DocumentGold;
import org.vigil.gold.GoldSplit;

/**
 * Reads the DEV split of the real-text gold ({@code gold/real/}, read by vigil-gold as {@code vigil eval} reads
 * it) as training sentences: each label line's sentence is taken from {@code ../shared/corpus}. Only files whose
 * unit {@code split.tsv} marks {@code dev} are opened (files of test documents never are, nor files named
 * "*test*"); a line of an unlisted or test document is skipped.
 */
public final class RealTextGold {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RealTextGold() {}

  public static List<LabelledText> read(Path goldReal, Path shared, List<String> problems) {
    Path splitFile = goldReal.resolve("split.tsv");
    if (!Files.isRegularFile(splitFile)) {
      return List.of();
    }
    GoldSplit split = GoldSplit.read(splitFile);
    Texts texts = new Texts(shared.resolve("corpus"));
    Map<String, LabelledText> byId = new LinkedHashMap<>();
    for (Path f : files(goldReal)) {
      String unit = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
      boolean combined = unit.endsWith("-dev");
      if (unit.contains("test") || (!combined && !split.splitOfUnit(unit).orElse("").equals("dev"))) {
        continue;
      }
      DocumentGold.Contents c = DocumentGold.read(f);
      problems.addAll(c.problems());
      for (DocumentGold.Line l : c.lines()) {
        if (!isDev(split, l)) {
          continue;
        }
        Optional<String> sentence = texts.sentence(l.doc(), l.locate());
        if (sentence.isEmpty()) {
          problems.add(l.where() + ": locate phrase not found in " + l.doc());
          continue;
        }
        GoldSentences.labels(l.mode(), l.root(), l.expected().isEmpty())
            .ifPresent(labels -> byId.putIfAbsent(l.id(), new LabelledText(sentence.get(), l.id(), labels)));
      }
    }
    return List.copyOf(byId.values());
  }

  private static boolean isDev(GoldSplit split, DocumentGold.Line l) {
    try {
      return split.splitOf(l.corpus(), l.doc()).equals("dev");
    } catch (IllegalArgumentException unlisted) {
      return false;
    }
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

  /** The shared texts, loaded on demand, with whitespace collapsed (paragraph breaks kept as U+2029). */
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
