package org.vigil.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line inputs: files as given, folders recursively (sorted), "-" for standard input. */
final class InputFiles {
  static final Path STDIN = Path.of("-");

  private InputFiles() {}

  static List<Path> expand(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (p.equals(STDIN) || !Files.isDirectory(p)) {
        out.add(p);
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
            .sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + p, e);
      }
    }
    return out;
  }
}
