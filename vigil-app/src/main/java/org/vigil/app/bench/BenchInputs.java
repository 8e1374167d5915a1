package org.vigil.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.ingest.InputScanner;
import org.vigil.model.Article;

/**
 * The articles of a benchmark: read from files of any input format, then repeated {@code repeat} times so a run
 * lasts long enough for a steady state. Copy k (k >= 2) of an article gets the id {@code <id>-r<k>} and a title
 * marking the copy, so a store takes it as a new article (its content hash differs) while the text, which is all the
 * pipeline reads, stays the same. Not thread-safe.
 */
final class BenchInputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<String> files;
  private final List<Article> articles;
  private final int repeat;

  private BenchInputs(List<String> files, List<Article> articles, int repeat) {
    this.files = List.copyOf(files);
    this.articles = List.copyOf(articles);
    this.repeat = repeat;
  }

  /** Reads {@code files} (skipped records are reported on stderr) and repeats them {@code repeat} times. */
  static BenchInputs read(List<String> files, int repeat) {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be >= 1: " + repeat);
    }
    List<Article> once = new ArrayList<>();
    InputScanner scanner = new InputScanner(Optional.empty(), System.in);
    for (String f : files) {
      scanner.scan(Path.of(f), r -> {
        if (r.article() != null) {
          once.add(r.article());
        } else {
          System.err.println("vigil: skipped " + r.rejection().message());
        }
      });
    }
    List<Article> all = new ArrayList<>(once);
    for (int k = 2; k <= repeat; k++) {
      for (Article a : once) {
        all.add(copy(a, k));
      }
    }
    return new BenchInputs(files, all, repeat);
  }

  private static Article copy(Article a, int k) {
    String title = (a.title() == null ? "" : a.title() + " ") + "(benchmark copy " + k + ")";
    return new Article(a.id() + "-r" + k, a.date(), a.text(), title, a.url() == null ? null : a.url() + "#r" + k,
        a.outlet(), a.origin(), a.extra());
  }

  List<Article> articles() {
    return articles;
  }

  int fileCount() {
    return files.size();
  }

  /**
   * The inputs as files for an ingest engine: the original files when not repeated, else the articles written as
   * JSON Lines into {@code dir}, one file per copy, so a parallel reader has several files to split.
   */
  List<String> asFiles(Path dir) throws IOException {
    if (repeat == 1) {
      return files;
    }
    int perCopy = articles.size() / repeat;
    List<String> out = new ArrayList<>();
    for (int k = 0; k < repeat; k++) {
      Path f = dir.resolve("copy-" + (k + 1) + ".jsonl");
      try (BufferedWriter w = Files.newBufferedWriter(f)) {
        for (Article a : articles.subList(k * perCopy, (k + 1) * perCopy)) {
          ObjectNode n = JSON.createObjectNode().put("id", a.id()).put("date", a.date().toString())
              .put("text", a.text());
          if (a.title() != null) {
            n.put("title", a.title());
          }
          if (a.url() != null) {
            n.put("url", a.url());
          }
          w.write(JSON.writeValueAsString(n));
          w.newLine();
        }
      }
      out.add(f.toString());
    }
    return out;
  }
}
