package org.vigil.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the actor file format: {@code #} comments, {@code [section]} headers that set the kind, and one
 * entry per logical line, {@code id | key: value | key: value}, continued on following lines that start
 * with whitespace and {@code |}. List values are separated by {@code ;}. Syntax problems are collected with
 * their file:line rather than thrown, so a checker can report them all. Not thread-safe; use one per file.
 */
final class ActorFileParser {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Set<String> KEYS =
      Set.of("kind", "names", "demonyms", "capitals", "country", "sector", "part-of", "backed-by", "role",
          "standalone", "note");

  private final String file;
  private final List<ActorFileException> problems = new ArrayList<>();
  private final List<ActorEntry> entries = new ArrayList<>();
  private final List<ActorEntry> capitals = new ArrayList<>();
  private ActorKind section;
  /** Offsets in the current logical line where each physical line starts, with its line number. */
  private final List<int[]> lineStarts = new ArrayList<>();

  ActorFileParser(String file) {
    this.file = file;
  }

  /** Parses the whole text; returns this parser for its entries and problems. */
  ActorFileParser parse(String text) {
    String[] lines = text.split("\r?\n", -1);
    StringBuilder logical = null;
    int start = 0;
    lineStarts.clear();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && trimmed.startsWith("|");
      if (continuation && logical != null) {
        logical.append(' ');
        lineStarts.add(new int[] {logical.length(), i + 1});
        logical.append(trimmed);
        continue;
      }
      if (logical != null) {
        entry(logical.toString(), start);
        logical = null;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (continuation) {
        problem(i + 1, "continuation line without an entry before it");
      } else if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        section(trimmed.substring(1, trimmed.length() - 1).strip(), i + 1);
      } else {
        logical = new StringBuilder(trimmed);
        start = i + 1;
        lineStarts.clear();
        lineStarts.add(new int[] {0, start});
      }
    }
    if (logical != null) {
      entry(logical.toString(), start);
    }
    return this;
  }

  List<ActorEntry> entries() {
    List<ActorEntry> all = new ArrayList<>(entries);
    all.addAll(capitals);
    return all;
  }

  List<ActorFileException> problems() {
    return List.copyOf(problems);
  }

  private void section(String name, int line) {
    Optional<ActorKind> kind = ActorKind.ofSection(name);
    if (kind.isEmpty()) {
      problem(line, "unknown section [" + name + "]");
    }
    section = kind.orElse(null);
  }

  private void entry(String logical, int line) {
    String[] fields = logical.split("\\|");
    String id = fields[0].strip();
    if (!ID.matcher(id).matches()) {
      problem(line, "malformed entry id '" + id + "' (expected letters, digits, '.', '_' or '-')");
      return;
    }
    EntryFields f = new EntryFields(id, section, location(line));
    int offset = fields[0].length() + 1;
    for (int k = 1; k < fields.length; k++) {
      int at = lineAt(offset);
      offset += fields[k].length() + 1;
      String field = fields[k].strip();
      int colon = field.indexOf(':');
      if (colon <= 0) {
        problem(at, "malformed field '" + field + "' in entry " + id + " (expected 'key: value')");
        continue;
      }
      String key = field.substring(0, colon).strip();
      String value = field.substring(colon + 1).strip();
      if (!KEYS.contains(key)) {
        problem(at, "unknown key '" + key + "' in entry " + id);
      } else if (value.isEmpty()) {
        problem(at, "empty value for '" + key + "' in entry " + id);
      } else {
        field(f, key, value, at);
      }
    }
    if (f.kind == null) {
      problem(line, "entry " + id + " has no kind (put it under a [section] or add 'kind:')");
      return;
    }
    entries.add(f.build());
    if (!f.capitals.isEmpty()) {
      capitals.add(new ActorEntry(id + "@capital", ActorKind.METONYM, f.capitals, List.of(), id, null,
          null, List.of(), List.of(), false, location(line)));
    }
  }

  /** The physical line of an offset in the current logical line. */
  private int lineAt(int offset) {
    int line = lineStarts.isEmpty() ? 0 : lineStarts.get(0)[1];
    for (int[] start : lineStarts) {
      if (start[0] <= offset) {
        line = start[1];
      }
    }
    return line;
  }

  private void field(EntryFields f, String key, String value, int line) {
    switch (key) {
      case "kind":
        Optional<ActorKind> kind = ActorKind.ofSection(value.endsWith("s") ? value : value + "s");
        if (kind.isEmpty()) {
          problem(line, "unknown kind '" + value + "'");
        }
        f.kind = kind.orElse(f.kind);
        break;
      case "names": f.names.addAll(list(value)); break;
      case "demonyms": f.demonyms.addAll(list(value)); break;
      case "capitals": f.capitals.addAll(list(value)); break;
      case "country": f.country = value; break;
      case "sector": f.sector = value; break;
      case "part-of": f.partOf = value; break;
      case "backed-by": f.backedBy.addAll(list(value)); break;
      case "standalone": f.standalone = value.equals("yes"); break;
      case "role": role(value, line).ifPresent(f.roles::add); break;
      default: break;
    }
  }

  /**
   * Parses {@code CTRY SECTOR Title words FROM..TO} or {@code @org Title words FROM..TO}; an empty FROM is an
   * unknown start, an empty TO an ongoing role.
   */
  private Optional<Role> role(String value, int line) {
    String[] words = value.split("\\s+");
    int minWords = words[0].startsWith("@") ? 3 : 4;
    if (words.length < minWords || !words[words.length - 1].contains("..")) {
      problem(line, "malformed role '" + value + "' (expected 'CTRY SECTOR title FROM..TO' or '@group title FROM..TO')");
      return Optional.empty();
    }
    String range = words[words.length - 1];
    int dots = range.indexOf("..");
    try {
      String start = range.substring(0, dots);
      LocalDate from = start.isEmpty() ? Role.UNKNOWN_START : LocalDate.parse(start);
      String end = range.substring(dots + 2);
      LocalDate to = end.isEmpty() ? null : LocalDate.parse(end);
      if (to != null && !to.isAfter(from)) {
        problem(line, "role '" + value + "' ends before it starts");
        return Optional.empty();
      }
      boolean org = words[0].startsWith("@");
      int titleStart = org ? 1 : 2;
      String title = String.join(" ", Arrays.copyOfRange(words, titleStart, words.length - 1));
      return Optional.of(org
          ? new Role(null, null, words[0].substring(1), title, from, to, location(line))
          : new Role(words[0], words[1], null, title, from, to, location(line)));
    } catch (DateTimeParseException e) {
      problem(line, "bad date in role '" + value + "': " + e.getParsedString());
      return Optional.empty();
    }
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(";")) {
      String s = part.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private String location(int line) {
    return file + ":" + line;
  }

  private void problem(int line, String reason) {
    problems.add(new ActorFileException(location(line), reason));
  }

  /** Mutable accumulator for one entry's fields. */
  private static final class EntryFields {
    final String id;
    final String source;
    ActorKind kind;
    final List<String> names = new ArrayList<>();
    final List<String> demonyms = new ArrayList<>();
    final List<String> capitals = new ArrayList<>();
    final List<String> backedBy = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    String country;
    String sector;
    String partOf;
    boolean standalone;

    EntryFields(String id, ActorKind kind, String source) {
      this.id = id;
      this.kind = kind;
      this.source = source;
    }

    ActorEntry build() {
      String home = country == null && (kind == ActorKind.COUNTRY || kind == ActorKind.IGO) ? id : country;
      return new ActorEntry(id, kind, names, demonyms, home, sector, partOf, backedBy, roles, standalone, source);
    }
  }
}
