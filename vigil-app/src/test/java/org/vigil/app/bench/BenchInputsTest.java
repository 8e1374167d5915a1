package org.vigil.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Article;

class BenchInputsTest {
  @TempDir
  Path dir;

  private Path twoArticles() throws IOException {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, """
        {"id": "a1", "date": "2020-03-04", "text": "The mayor opened a bridge over the river."}
        {"id": "a2", "date": "2020-03-05", "text": "Farmers met the minister in the capital."}
        """);
    return f;
  }

  @Test
  void repeatedCopiesKeepTheTextButGetNewIdsAndTitles() throws IOException {
    BenchInputs in = BenchInputs.read(List.of(twoArticles().toString()), 3);
    List<Article> all = in.articles();
    assertEquals(6, all.size());
    assertEquals(Set.of("a1", "a2", "a1-r2", "a2-r2", "a1-r3", "a2-r3"),
        all.stream().map(Article::id).collect(Collectors.toSet()));
    assertEquals(all.get(0).text(), all.get(4).text());
    assertEquals("(benchmark copy 3)", all.get(4).title());
  }

  @Test
  void repeatedInputsAreWrittenAsOneReadableFilePerCopy() throws IOException {
    BenchInputs in = BenchInputs.read(List.of(twoArticles().toString()), 2);
    List<String> files = in.asFiles(Files.createDirectory(dir.resolve("out")));
    assertEquals(2, files.size());
    List<Article> back = BenchInputs.read(files, 1).articles();
    assertEquals(in.articles().stream().map(Article::id).toList(), back.stream().map(Article::id).toList());
    assertEquals(in.articles().get(3).title(), back.get(3).title());
  }

  @Test
  void unrepeatedInputsAreTheOriginalFiles() throws IOException {
    String f = twoArticles().toString();
    assertEquals(List.of(f), BenchInputs.read(List.of(f), 1).asFiles(dir));
  }
}
