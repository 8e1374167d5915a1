package org.vigil.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the project's actor files (class-path resources: the hand-made ones, then the imported ones, which
 * rank below them) and users' {@code *.actors} files, merges the JDK's country table in, lets users' entries
 * replace ours by id, and collects every problem with its file:line. Not thread-safe; used once per load.
 */
final class KnowledgeLoader {
  static final String RESOURCE_DIR = "/org/vigil/actors/";
  static final List<String> OUR_FILES = List.of(
      "countries.actors", "igos.actors", "sectors.actors", "metonyms.actors", "places.actors", "groups.actors",
      "people.actors");
  /** Files converted from outside dictionaries by a project command; hand-made entries and aliases win. */
  static final List<String> IMPORTED_FILES = List.of("phoenix.actors");
  /** System property that leaves the imported files out (-Dvigil.actors.imported=false), to measure what they add. */
  static final String IMPORTED_SWITCH = "vigil.actors.imported";

  final Map<String, ActorEntry> ours = new LinkedHashMap<>();
  final Map<String, ActorEntry> imported = new LinkedHashMap<>();
  final Map<String, ActorEntry> users = new LinkedHashMap<>();
  final List<ActorFileException> ourProblems = new ArrayList<>();
  final List<ActorFileException> userProblems = new ArrayList<>();
  final List<String> userFiles = new ArrayList<>();
  private final MessageDigest digest = sha256();

  KnowledgeLoader load(List<Path> userDirs) {
    loadHandMade();
    boolean withImported = !"false".equals(System.getProperty(IMPORTED_SWITCH));
    for (String name : withImported ? IMPORTED_FILES : List.<String>of()) {
      parse(name, resource(name), imported, ourProblems);
    }
    for (Path dir : userDirs) {
      for (Path file : actorFiles(dir)) {
        userFiles.add(file.toString());
        parse(file.toString(), read(file), users, userProblems);
      }
    }
    return this;
  }

  /** Reads the JDK's countries and the hand-made files only (what an importer compares its entries with). */
  KnowledgeLoader loadHandMade() {
    for (Map.Entry<String, List<String>> c : JdkCountries.names().entrySet()) {
      ours.put(c.getKey(), new ActorEntry(c.getKey(), ActorKind.COUNTRY, c.getValue(), List.of(), c.getKey(), null,
          null, List.of(), List.of(), false, JdkCountries.SOURCE));
    }
    for (String name : OUR_FILES) {
      parse(name, resource(name), ours, ourProblems);
    }
    return this;
  }

  /** True for an entry or role read from an imported file. */
  static boolean isImported(String source) {
    for (String f : IMPORTED_FILES) {
      if (source.startsWith(f + ":")) {
        return true;
      }
    }
    return false;
  }

  private void parse(String file, String text, Map<String, ActorEntry> into, List<ActorFileException> problems) {
    digest.update(file.getBytes(StandardCharsets.UTF_8));
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    ActorFileParser parser = new ActorFileParser(file).parse(text);
    problems.addAll(parser.problems());
    for (ActorEntry e : parser.entries()) {
      ActorEntry previous = into.get(e.id());
      if (previous != null && previous.source().equals(JdkCountries.SOURCE)) {
        into.put(e.id(), withJdkNames(e, previous));
      } else if (previous != null) {
        problems.add(new ActorFileException(e.source(), "duplicate id " + e.id() + " (first at " + previous.source() + ")"));
      } else {
        into.put(e.id(), e);
      }
    }
  }

  private static ActorEntry withJdkNames(ActorEntry e, ActorEntry jdk) {
    List<String> names = new ArrayList<>(e.names());
    for (String n : jdk.names()) {
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return new ActorEntry(e.id(), e.kind(), names, e.demonyms(), e.country(), e.sector(), e.partOf(), e.backedBy(),
        e.roles(), e.standalone(), e.source());
  }

  /** Content hash of every file read, in order; the version recorded on coded events. */
  String version() {
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static String resource(String name) {
    try (InputStream in = KnowledgeLoader.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing actor resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading actor resource " + name, e);
    }
  }

  private static List<Path> actorFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("actor directory not found: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".actors")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing actor directory " + dir, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading actor file " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
