package org.vigil.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Phoenix agents dictionary (agent nouns and titles with a sector, {@code FARMER [~AGR]},
 * {@code CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]}, macros {@code !PERSON! = MAN, MEN, ...}) into
 * one sector-noun candidate per Vigil sector, singular and plural forms as PETRARCH forms them. A noun
 * Phoenix gives two sectors is ambiguous and left out; organisation agents ({@code [IGO~]}) and sectors Vigil
 * lacks (religions, development) are counted and dropped. Not thread-safe.
 */
final class PhoenixAgents {
  private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
  private static final Pattern AGENT = Pattern.compile("^([A-Z0-9_'.!-]+)\\s*(?:\\{([^}]*)\\})?\\s*\\[([^\\]]*)\\]$");

  private final String file;
  private final Map<String, List<String>> macros = new LinkedHashMap<>();
  private final Map<String, String> sectorOfNoun = new LinkedHashMap<>();
  private final Set<String> ambiguous = new LinkedHashSet<>();
  private final Map<String, String> firstLine = new LinkedHashMap<>();
  private final List<ActorFileException> problems = new ArrayList<>();
  private final Map<String, Integer> dropped = new TreeMap<>();

  PhoenixAgents(String file) {
    this.file = file;
  }

  PhoenixAgents read(String text, PhoenixCodes codes) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int hash = lines[i].indexOf('#');
      String line = (hash >= 0 ? lines[i].substring(0, hash) : lines[i]).strip();
      if (!line.isEmpty()) {
        line(line, i + 1, codes);
      }
    }
    return this;
  }

  private void line(String line, int n, PhoenixCodes codes) {
    Matcher macro = MACRO.matcher(line);
    if (macro.matches()) {
      List<String> forms = new ArrayList<>();
      for (String f : macro.group(2).split(",")) {
        forms.add(f.strip());
      }
      macros.put(macro.group(1), forms);
      return;
    }
    Matcher m = AGENT.matcher(line);
    if (!m.matches()) {
      problems.add(new ActorFileException(file + ":" + n, "malformed agent line '" + line + "' (expected NOUN [~CODE])"));
      return;
    }
    String code = m.group(3).strip();
    if (!code.startsWith("~")) {
      drop("organisation agent ([IGO~] and the like)");
      return;
    }
    Optional<String> sector = codes.sector(code.substring(1));
    if (sector.isEmpty()) {
      drop("agent of a sector Vigil lacks (religion, development, environment, ...)");
      return;
    }
    for (String noun : forms(m.group(1), m.group(2))) {
      add(noun, sector.get(), file + ":" + n);
    }
  }

  private void add(String noun, String sector, String location) {
    String previous = sectorOfNoun.putIfAbsent(noun, sector);
    firstLine.putIfAbsent(noun, location);
    if (previous != null && !previous.equals(sector)) {
      ambiguous.add(noun);
    }
  }

  /** Singular and plural forms: a macro's forms, or the noun with its given or regular plural. */
  private List<String> forms(String noun, String plural) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> macro : macros.entrySet()) {
      if (noun.contains(macro.getKey())) {
        for (String form : macro.getValue()) {
          out.add(text(noun.replace(macro.getKey(), form)));
        }
        return out;
      }
    }
    out.add(text(noun));
    if (plural == null) {
      String bare = noun.replaceAll("_+$", "");
      if (!alreadyPlural(bare)) {
        out.add(text(plural(bare)));
      }
    } else if (!plural.isBlank()) {
      out.add(text(plural));
    }
    return out;
  }

  /** Nouns Phoenix lists in the plural already ("AGITATED_STUDENTS", "CHILDREN", "BOAT_PEOPLE"). */
  private static boolean alreadyPlural(String noun) {
    return noun.endsWith("S") || noun.endsWith("REN") || noun.endsWith("MEN") || noun.endsWith("PEOPLE");
  }

  /** PETRARCH's regular plural of the last word. */
  static String plural(String noun) {
    if (noun.endsWith("MAN")) {
      return noun.substring(0, noun.length() - 3) + "MEN";
    }
    if (noun.endsWith("Y") && noun.length() > 1 && "AEIOU".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "IES";
    }
    if (noun.endsWith("S") || noun.endsWith("X") || noun.endsWith("CH") || noun.endsWith("SH")) {
      return noun + "ES";
    }
    return noun + "S";
  }

  private static String text(String phoenix) {
    return phoenix.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** One candidate per sector, its nouns in file order; ambiguous nouns left out. */
  List<PhoenixCandidate> candidates() {
    Map<String, List<String>> bySector = new TreeMap<>();
    Map<String, String> source = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : sectorOfNoun.entrySet()) {
      if (ambiguous.contains(e.getKey())) {
        drop("agent noun Phoenix gives two sectors");
        continue;
      }
      bySector.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
      source.putIfAbsent(e.getValue(), firstLine.get(e.getKey()));
    }
    List<PhoenixCandidate> out = new ArrayList<>();
    bySector.forEach((sector, nouns) -> out.add(
        new PhoenixCandidate(ActorKind.SECTOR, nouns, null, sector, List.of(), source.get(sector))));
    return out;
  }

  List<ActorFileException> problems() {
    return List.copyOf(problems);
  }

  Map<String, Integer> dropped() {
    return dropped;
  }

  private void drop(String reason) {
    dropped.merge(reason, 1, Integer::sum);
  }
}
