package org.vigil.learn.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO root of a PLOVER event type and mode where the CAMEO→PLOVER table makes it unambiguous: the
 * (type, mode) pair when the table lists it with codes of one root, else the type when all its codes share one
 * root, else none. Reads {@code cameo_to_plover_2021.txt} lines {@code CODE: TYPE, MODE, CONTEXT # gloss}.
 */
public final class PloverToCameo {
  private static final Pattern LINE = Pattern.compile("^(\\d{2,4}):\\s*([^#]*)");
  private final Map<String, Set<String>> byType;
  private final Map<String, Set<String>> byTypeMode;

  private PloverToCameo(Map<String, Set<String>> byType, Map<String, Set<String>> byTypeMode) {
    this.byType = byType;
    this.byTypeMode = byTypeMode;
  }

  public static PloverToCameo read(Path table) {
    Map<String, Set<String>> byType = new HashMap<>();
    Map<String, Set<String>> byTypeMode = new HashMap<>();
    try {
      for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.find()) {
          continue;
        }
        String[] parts = m.group(2).split(",", -1);
        String type = parts[0].strip().toUpperCase(Locale.ROOT);
        String mode = parts.length > 1 ? parts[1].strip().toUpperCase(Locale.ROOT) : "";
        String root = m.group(1).substring(0, 2);
        byType.computeIfAbsent(type, k -> new TreeSet<>()).add(root);
        byTypeMode.computeIfAbsent(type + "/" + mode, k -> new TreeSet<>()).add(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + table, e);
    }
    if (byType.isEmpty()) {
      throw new IllegalArgumentException(table + ": no 'CODE: TYPE, MODE' lines");
    }
    return new PloverToCameo(byType, byTypeMode);
  }

  /** The one CAMEO root of this PLOVER type and mode (mode may be empty), if the table fixes it. */
  public Optional<String> root(String type, String mode) {
    String t = type.strip().toUpperCase(Locale.ROOT);
    Set<String> exact = byTypeMode.get(t + "/" + mode.strip().toUpperCase(Locale.ROOT));
    if (exact != null && !mode.isBlank()) {
      return exact.size() == 1 ? Optional.of(exact.iterator().next()) : Optional.empty();
    }
    Set<String> all = byType.get(t);
    return all != null && all.size() == 1 ? Optional.of(all.iterator().next()) : Optional.empty();
  }
}
