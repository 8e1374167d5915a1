package org.vigil.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Ontology;

/**
 * Parses pattern dictionary files into a {@link PatternBook}. Every problem is collected with file:line and its
 * reason: malformed lines, unknown CAMEO codes, unknown options and patterns that can never match. Not
 * thread-safe; use one reader per load.
 */
final class PatternFileReader {
  private static final Pattern LEMMA = Pattern.compile("[a-z][a-z'-]*(_[a-z]+)?");
  private static final Set<String> OPTIONS = Set.of("obj", "comp", "prep", "tgt", "mod", "recip", "mirror", "converse",
      "topic", "subj");
  private static final Set<String> WRAP_KINDS =
      Set.of("intent", "consent", "threat", "appeal", "demand", "reject", "future", "negate", "hedge", "agent",
          "litotes");
  private static final Set<String> REPORT_KINDS = Set.of("say", "accuse");

  private final Ontology ontology;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, List<org.vigil.coding.Pattern>> verbs = new HashMap<>();
  private final Map<String, List<org.vigil.coding.Pattern>> nouns = new HashMap<>();
  private final Set<String> support = new HashSet<>();
  private final Set<String> agents = new HashSet<>();
  private final Map<String, String> instruments = new HashMap<>();
  private final Set<String> documents = new HashSet<>();
  private final Map<String, String> organs = new HashMap<>();
  private final Map<String, String> wrappers = new HashMap<>();
  private final Map<String, String> reporters = new HashMap<>();
  private final Map<String, Map<String, String>> shifts = new HashMap<>();
  private final Map<String, String> seen = new HashMap<>();
  private final Map<String, Set<String>> lists = new HashMap<>();
  private final MessageDigest digest;

  PatternFileReader(Ontology ontology) {
    this.ontology = ontology;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** Problems found so far, each "file:line: reason". */
  List<String> problems() {
    return List.copyOf(problems);
  }

  void read(String file, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (!body.isEmpty()) {
        line(file + ":" + (i + 1), body.split("\\s+"));
      }
    }
  }

  private void line(String at, String[] f) {
    switch (f[0]) {
      case "verb", "noun", "adj" -> frame(at, f);
      case "support" -> words(at, f, 1, support::add);
      case "agents" -> words(at, f, 1, agents::add);
      case "instruments" -> instruments(at, f);
      case "documents" -> words(at, f, 1, documents::add);
      case "organ" -> organ(at, f);
      case "wrap" -> kinded(at, f, WRAP_KINDS, wrappers);
      case "report" -> kinded(at, f, REPORT_KINDS, reporters);
      case "shift" -> shift(at, f);
      case "words", "codes" -> list(at, f);
      default -> problems.add(at + ": unknown entry kind '" + f[0] + "' (verb, noun, adj, support, agents, "
          + "instruments, documents, organ, wrap, report, shift, words, codes)");
    }
  }

  private void frame(String at, String[] f) {
    if (f.length < 3) {
      problems.add(at + ": expected '" + f[0] + " LEMMA CODE [options]'");
      return;
    }
    if (!LEMMA.matcher(f[1]).matches()) {
      problems.add(at + ": pattern can never match: lemma '" + f[1] + "' is not a lower-case word[_particle]");
      return;
    }
    if (ontology.lookup(f[2]).isEmpty()) {
      problems.add(at + ": unknown CAMEO code '" + f[2] + "'");
      return;
    }
    Map<String, String> opts = options(at, Arrays.copyOfRange(f, 3, f.length));
    if (opts == null) {
      return;
    }
    if (opts.containsKey("mirror") && ontology.lookup(opts.get("mirror")).isEmpty()) {
      problems.add(at + ": unknown CAMEO code '" + opts.get("mirror") + "' in mirror=");
      return;
    }
    org.vigil.coding.Pattern p = build(at, f, opts);
    if (p.kind() == org.vigil.coding.Pattern.Kind.NOUN && !p.particle().isEmpty()) {
      problems.add(at + ": pattern can never match: a noun has no phrasal particle");
      return;
    }
    String key = f[0] + " " + f[1] + " " + new java.util.TreeMap<>(opts);
    String earlier = seen.putIfAbsent(key, at);
    if (earlier != null) {
      problems.add(at + ": pattern can never match: same frame as " + earlier);
      return;
    }
    Map<String, List<org.vigil.coding.Pattern>> into =
        p.kind() == org.vigil.coding.Pattern.Kind.NOUN ? nouns : verbs;
    into.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
  }

  private static org.vigil.coding.Pattern build(String at, String[] f, Map<String, String> o) {
    String[] lp = f[1].split("_", 2);
    return new org.vigil.coding.Pattern(at,
        kind(f[0]),
        lp[0], lp.length > 1 ? lp[1] : "", f[2], set(o.get("obj")), set(o.get("comp")),
        o.getOrDefault("prep", ""), set(o.get("tgt")), o.containsKey("recip"), o.getOrDefault("mirror", ""), o.containsKey("converse"),
        o.containsKey("topic"), set(o.get("subj")));
  }

  private static org.vigil.coding.Pattern.Kind kind(String word) {
    return switch (word) {
      case "verb" -> org.vigil.coding.Pattern.Kind.VERB;
      case "adj" -> org.vigil.coding.Pattern.Kind.ADJ;
      default -> org.vigil.coding.Pattern.Kind.NOUN;
    };
  }

  private Map<String, String> options(String at, String[] opts) {
    Map<String, String> out = new HashMap<>();
    for (String o : opts) {
      String[] kv = o.split("=", 2);
      if (!OPTIONS.contains(kv[0])) {
        problems.add(at + ": unknown option '" + kv[0] + "' (known: " + OPTIONS + ")");
        return null;
      }
      boolean flag = kv[0].equals("recip") || kv[0].equals("converse") || kv[0].equals("topic");
      if (!flag && (kv.length < 2 || kv[1].isEmpty())) {
        problems.add(at + ": pattern can never match: option '" + kv[0] + "' lists no word");
        return null;
      }
      if (!kv[0].equals("mod")) {
        out.put(kv[0], kv.length > 1 ? kv[1] : "");
      } else {
        out.put("comp", kv[1]);
      }
    }
    return out;
  }

  private static Set<String> set(String v) {
    return v == null ? Set.of() : Set.copyOf(Arrays.asList(v.split("\\|")));
  }

  /** "instruments KIND LEMMA...": means of attack; KIND names the shift an act done with them takes. */
  private void instruments(String at, String[] f) {
    if (f.length < 3 || !f[1].matches("[a-z-]+")) {
      problems.add(at + ": expected 'instruments KIND LEMMA...'");
      return;
    }
    words(at, f, 2, w -> instruments.put(w, f[1]));
  }

  /** "organ SECTOR LEMMA...": state organ nouns; they are agents too. */
  private void organ(String at, String[] f) {
    if (f.length < 2 || !f[1].matches("[A-Z]{3}")) {
      problems.add(at + ": 'organ' needs a 3-letter sector code (GOV, MIL, COP, JUD, LEG, SPY) before its lemmas");
      return;
    }
    words(at, f, 2, w -> {
      organs.put(w, f[1]);
      agents.add(w);
    });
  }

  private void words(String at, String[] f, int from, java.util.function.Consumer<String> sink) {
    if (f.length <= from) {
      problems.add(at + ": '" + f[0] + "' lists no lemma");
    }
    for (int i = from; i < f.length; i++) {
      if (!LEMMA.matcher(f[i]).matches()) {
        problems.add(at + ": can never match: '" + f[i] + "' is not a lower-case lemma");
      } else {
        sink.accept(f[i]);
      }
    }
  }

  private void kinded(String at, String[] f, Set<String> kinds, Map<String, String> into) {
    if (f.length < 3 || !kinds.contains(f[1])) {
      problems.add(at + ": expected '" + f[0] + " KIND LEMMA...' with KIND one of " + kinds);
      return;
    }
    words(at, f, 2, w -> into.put(w, f[1]));
  }

  private void shift(String at, String[] f) {
    boolean kind = WRAP_KINDS.contains(f[1]) || REPORT_KINDS.contains(f[1]) || instruments.containsValue(f[1]);
    if (f.length != 4 || !kind) {
      problems.add(at + ": expected 'shift KIND PREFIX CODE'");
      return;
    }
    boolean fromOk = f[2].equals("*") || ontology.lookup(f[2]).isPresent();
    boolean toOk = f[3].equals("=") || ontology.lookup(f[3]).isPresent()
        || f[2].equals("*") && f[3].startsWith("@") && shifts.containsKey(f[3].substring(1));
    if (!fromOk || !toOk) {
      problems.add(at + ": unknown CAMEO code in shift '" + (fromOk ? f[3] : f[2]) + "'");
      return;
    }
    shifts.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[2], f[3]);
  }

  /** "words NAME WORD..." or "codes NAME CODE...": a list a rule reads, named in {@link WordLists#SCHEMA}. */
  private void list(String at, String[] f) {
    String kind = f.length > 1 ? WordLists.SCHEMA.get(f[1]) : null;
    if (kind == null) {
      problems.add(at + ": unknown list '" + (f.length > 1 ? f[1] : "") + "' (known: "
          + new java.util.TreeSet<>(WordLists.SCHEMA.keySet()) + ")");
      return;
    }
    if (!kind.equals(f[0])) {
      problems.add(at + ": list '" + f[1] + "' is a '" + kind + "' list, not '" + f[0] + "'");
      return;
    }
    Set<String> into = lists.computeIfAbsent(f[1], k -> new HashSet<>());
    if (kind.equals("words")) {
      words(at, Arrays.copyOfRange(f, 1, f.length), 1, into::add);
      return;
    }
    for (int i = 2; i < f.length; i++) {
      if (ontology.lookup(f[i]).isEmpty() && !f[i].matches("(0[1-9]|1\\d|20)")) {
        problems.add(at + ": unknown CAMEO code or root '" + f[i] + "'");
      } else {
        into.add(f[i]);
      }
    }
  }

  /** Lists the {@link WordLists#SCHEMA} names but no file gave, each as a problem. */
  void requireLists(String files) {
    for (String name : new java.util.TreeSet<>(WordLists.SCHEMA.keySet())) {
      if (!lists.containsKey(name)) {
        problems.add(files + ": missing list '" + name + "' (a '" + WordLists.SCHEMA.get(name) + " " + name
            + " ...' line)");
      }
    }
  }

  private static Map<String, Set<String>> copied(Map<String, Set<String>> lists) {
    Map<String, Set<String>> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return out;
  }

  /** The book read so far; call after checking {@link #problems()}. */
  PatternBook book() {
    Comparator<org.vigil.coding.Pattern> bySpecificity =
        Comparator.comparingInt(org.vigil.coding.Pattern::specificity).reversed();
    verbs.values().forEach(l -> l.sort(bySpecificity));
    nouns.values().forEach(l -> l.sort(bySpecificity));
    Set<String> triggers = new LinkedHashSet<>();
    triggers.addAll(verbs.keySet());
    triggers.addAll(nouns.keySet());
    StringBuilder hex = new StringBuilder();
    for (byte b : digest.digest()) {
      hex.append(String.format("%02x", b));
    }
    return new PatternBook(Map.copyOf(verbs), Map.copyOf(nouns), Set.copyOf(support), Set.copyOf(agents),
        Map.copyOf(instruments), Set.copyOf(documents), Map.copyOf(organs), Map.copyOf(wrappers),
        Map.copyOf(reporters), Map.copyOf(shifts), Set.copyOf(triggers), new WordLists(copied(lists)),
        hex.substring(0, 12));
  }
}
