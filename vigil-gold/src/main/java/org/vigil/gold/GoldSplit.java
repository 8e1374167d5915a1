package org.vigil.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.model.DocumentKey;

/**
 * The article-level dev/test split of the real-text gold ({@code gold/real/split.tsv}: corpus, document or
 * Wikipedia day, split; a VOA article by id or by its {@link DocumentKey}). A Wikipedia item belongs to the split of its day. Immutable; thread-safe.
 */
public final class GoldSplit {
  private final Map<String, String> splitOf;

  private GoldSplit(Map<String, String> splitOf) {
    this.splitOf = Map.copyOf(splitOf);
  }

  /** Reads a split file; a malformed line fails naming file:line. */
  public static GoldSplit read(Path file) {
    Map<String, String> m = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading split file " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3 || !(f[2].equals("dev") || f[2].equals("test"))) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'corpus<TAB>doc<TAB>dev|test'");
      }
      m.put(f[0] + "/" + f[1], f[2]);
    }
    return new GoldSplit(m);
  }

  /**
   * The split of a gold file's unit, named as the files under {@code parts/} are: a VOA article id, or
   * {@code wce-YYYY-MM-DD} for a Wikipedia day. Empty when the split does not list it.
   */
  public Optional<String> splitOfUnit(String unit) {
    if (unit.matches("wce-\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.ofNullable(splitOf.get("wce/" + unit.substring(4)));
    }
    String s = splitOf.get("voa/" + unit);
    return Optional.ofNullable(s != null ? s : splitOf.get("voa/" + DocumentKey.of(unit)));
  }

  /** "dev" or "test" for a document; IllegalArgumentException when the split does not list it. */
  public String splitOf(String corpus, String doc) {
    String key = corpus.equals("wce") && doc.matches("wce-\\d{4}-\\d{2}-\\d{2}-.*")
        ? "wce/" + doc.substring(4, 14) : corpus + "/" + doc;
    String s = splitOf.get(key);
    if (s == null && corpus.equals("voa")) {
      s = splitOf.get("voa/" + DocumentKey.of(doc));
    }
    if (s == null) {
      throw new IllegalArgumentException("document " + corpus + "/" + doc + " is in no split");
    }
    return s;
  }
}
