package org.vigil.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Expands gold arguments: a file stands for itself, a folder for the {@code .jsonl} files under it, sorted. */
public final class GoldFiles {
  private GoldFiles() {}

  public static List<Path> expand(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(f -> f.toString().endsWith(".jsonl") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + p, e);
    }
  }
}
