package org.vigil.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alias lookup: normalised word n-grams to the entries they name. Ordinary aliases are keyed lower-cased;
 * acronyms ("US", "UN", "NATO") are keyed as written so that "us" and "is" never match. Users' entries come
 * first, then the hand-made ones; an imported entry never gets an alias a hand-made or user entry has.
 * Built once, then read-only and thread-safe.
 */
final class AliasIndex {
  /** Tiers, in order of precedence. */
  static final int USER = 0;
  static final int OURS = 1;
  static final int IMPORTED = 2;

  /** One way an entry is named: the entry, the alias text, its form ("name", "demonym") and its tier. */
  record Hit(ActorEntry entry, String alias, String form, int tier) {}

  /** Two entries claiming the same alias. */
  record Clash(Hit first, Hit second) {}

  private final Map<String, List<Hit>> lower = new HashMap<>();
  private final Map<String, List<Hit>> exact = new HashMap<>();
  private final List<Clash> clashes = new ArrayList<>();
  private final Map<String, Integer> lowerFirst = new HashMap<>();
  private final Map<String, Integer> exactFirst = new HashMap<>();

  /** Adds every alias of {@code entry}; user entries are placed before ours, ours before imported ones. */
  void add(ActorEntry entry, int tier) {
    for (String name : entry.names()) {
      add(new Hit(entry, name, "name", tier));
    }
    for (String demonym : entry.demonyms()) {
      add(new Hit(entry, demonym, "demonym", tier));
      if (takesPluralS(demonym)) {
        add(new Hit(entry, demonym + "s", "demonym", tier));
      }
    }
  }

  /** "Iraqi" to "Iraqis", "American" to "Americans"; not "British", "Chinese", "Swiss", "Dutch". */
  private static boolean takesPluralS(String demonym) {
    String d = demonym.toLowerCase(java.util.Locale.ROOT);
    return !(d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("ese") || d.endsWith("x")
        || d.endsWith("z") || d.endsWith("man") || d.contains(" "));
  }

  private void add(Hit hit) {
    List<String> words = AliasText.words(hit.alias());
    if (words.isEmpty()) {
      return;
    }
    if (AliasText.isAcronym(hit.alias())) {
      String key = AliasText.key(words, true);
      put(exact, exactFirst, key, words.size(), hit);
      if (key.length() >= 4 && words.size() == 1) {
        put(exact, exactFirst, AliasText.titleCase(key), 1, hit);
      }
    } else {
      put(lower, lowerFirst, AliasText.key(words, false), words.size(), hit);
    }
  }

  private void put(Map<String, List<Hit>> map, Map<String, Integer> first, String key, int length, Hit hit) {
    int space = key.indexOf(' ');
    first.merge(space < 0 ? key : key.substring(0, space), length, Math::max);
    List<Hit> hits = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (Hit other : hits) {
      if (other.entry().id().equals(hit.entry().id())) {
        return;
      }
    }
    if (hit.tier() == IMPORTED && hits.stream().anyMatch(h -> h.tier() < IMPORTED)) {
      return;
    }
    if (hit.tier() < IMPORTED) {
      hits.removeIf(h -> h.tier() == IMPORTED);
    }
    for (Hit other : hits) {
      boolean people = other.entry().kind() == ActorKind.PERSON && hit.entry().kind() == ActorKind.PERSON;
      if (!people && other.tier() == hit.tier()) {
        clashes.add(new Clash(other, hit));
      }
    }
    int at = 0;
    while (at < hits.size() && hits.get(at).tier() <= hit.tier()) {
      at++;
    }
    hits.add(at, hit);
  }

  /** Hits for a case-kept key, then for a lower-cased key; empty list when neither is known. */
  List<Hit> lookup(String exactKey, String lowerKey) {
    List<Hit> hits = exact.get(exactKey);
    if (hits != null) {
      return hits;
    }
    hits = lower.get(lowerKey);
    return hits == null ? List.of() : hits;
  }

  /** The most words of any alias starting with this word (as written, or lower-cased); 0 when none. */
  int maxWordsFrom(String exactWord, String lowerWord) {
    return Math.max(exactFirst.getOrDefault(exactWord, 0), lowerFirst.getOrDefault(lowerWord, 0));
  }

  int size() {
    return lower.size() + exact.size();
  }

  List<Clash> clashes() {
    return List.copyOf(clashes);
  }
}
