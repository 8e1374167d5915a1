package org.vigil.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.ingest.ReadResult;
import org.vigil.ingest.SeedArticleReader;
import org.vigil.model.Article;

/**
 * Resolves the documents that real-text gold lines point at to articles read from the shared corpus folder
 * ({@code corpus/voa/articles/<doc>.txt} in the seed format, {@code corpus/wikipedia-current-events/items.jsonl}
 * by item id). The texts are never copied into the project. Loads lazily; not thread-safe.
 */
public final class SharedTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private Map<String, Article> wikipediaItems;

  /** @param root the shared folder (holding {@code corpus/}) */
  public SharedTexts(Path root) {
    this.root = root;
  }

  /** The shared folder next to the project ({@code ../shared} of the Vigil home or working folder), if present. */
  public static Optional<Path> locate() {
    String home = System.getProperty("vigil.home");
    for (Path p : List.of(Path.of(home == null ? "." : home).resolve("../shared"), Path.of("../shared"),
        Path.of("../../shared"))) {
      if (Files.isDirectory(p.resolve("corpus"))) {
        return Optional.of(p.normalize());
      }
    }
    return Optional.empty();
  }

  /** The article of {@code corpus}/{@code doc}; IllegalArgumentException naming it when it is not there. */
  public Article article(String corpus, String doc) {
    return switch (corpus) {
      case "voa" -> voa(doc);
      case "wce" -> wikipedia(doc);
      default -> throw new IllegalArgumentException("unknown corpus '" + corpus + "' (voa or wce)");
    };
  }

  private Article voa(String doc) {
    Path file = root.resolve("corpus/voa/articles").resolve(doc + ".txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no VOA article " + file);
    }
    ReadResult r = new SeedArticleReader(Optional.empty()).read(file);
    if (r.rejection() != null) {
      throw new IllegalArgumentException(r.rejection().toString());
    }
    return r.article();
  }

  private Article wikipedia(String id) {
    if (wikipediaItems == null) {
      wikipediaItems = readItems(root.resolve("corpus/wikipedia-current-events/items.jsonl"));
    }
    Article a = wikipediaItems.get(id);
    if (a == null) {
      throw new IllegalArgumentException("no Wikipedia current-events item '" + id + "'");
    }
    return a;
  }

  private static Map<String, Article> readItems(Path file) {
    Map<String, Article> out = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        String id = n.path("id").asText();
        out.put(id, Article.of(id, LocalDate.parse(n.path("date").asText()), n.path("text").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return out;
  }
}
