package org.vigil.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which converted aliases survive, by rule: the hand-made files win (a candidate whose display name is
 * one of our entries is that entry and is dropped, with a conflict line when the codes differ; any other alias
 * we already use is taken away from it); single words that news text uses in lower case are common words, not
 * names, and so are group names made only of such words ("Black Hand", "National Security Council": an
 * entry so named loses its acronyms too); a person keeps only names of several words; an alias two converted entries claim with different codes, or a surname two people share, is
 * ambiguous and dropped from all. Not thread-safe.
 */
final class PhoenixPrecedence {
  private final Map<String, ActorEntry> ours = new HashMap<>();
  /** Words of our people's several-word names, by each of their words. */
  private final Map<String, List<OurName>> ourPeople = new HashMap<>();
  /** Group aliases of at most this many words, all common words, are generic phrases. */
  private static final int GENERIC_WORDS = 6;
  private final Set<String> commonWords;
  private final List<String> conflicts = new ArrayList<>();
  private final Map<String, Integer> dropped = new TreeMap<>();

  /**
   * @param handMade the hand-made entries (countries, organisations, groups, people, sector nouns)
   * @param commonWords lower-case words seen in running text
   */
  PhoenixPrecedence(Collection<ActorEntry> handMade, Set<String> commonWords) {
    for (ActorEntry e : handMade) {
      for (String n : e.names()) {
        ours.putIfAbsent(key(n), e);
      }
      for (String d : e.demonyms()) {
        ours.putIfAbsent(key(d), e);
      }
      if (e.kind() == ActorKind.PERSON) {
        for (String n : e.names()) {
          Set<String> words = words(n);
          if (words.size() >= 2) {
            words.forEach(w -> ourPeople.computeIfAbsent(w, k -> new ArrayList<>()).add(new OurName(e, words)));
          }
        }
      }
    }
    this.commonWords = Set.copyOf(commonWords);
  }

  /** One several-word name of one of our people, as a set of lower-case words. */
  private record OurName(ActorEntry entry, Set<String> words) {}

  List<String> conflicts() {
    return conflicts;
  }

  Map<String, Integer> dropped() {
    return dropped;
  }

  List<PhoenixCandidate> apply(List<PhoenixCandidate> candidates) {
    List<PhoenixCandidate> kept = new ArrayList<>();
    for (PhoenixCandidate c : candidates) {
      ActorEntry same = ours.get(key(c.names().get(0)));
      if (same == null && c.kind() == ActorKind.PERSON) {
        same = fullerName(c);
      }
      if (same != null && c.kind() != ActorKind.SECTOR && sameKind(c, same)) {
        conflict(c, same);
        drop("entry that is one of ours (ours win)");
        continue;
      }
      if (c.kind() == ActorKind.GROUP && genericPhrase(c.names().get(0))) {
        drop("group named by a generic phrase, acronyms and all ('National Security Council Staff' is no one country's)");
        continue;
      }
      kept.add(c.withNames(filterOwn(c)));
    }
    return ambiguous(kept);
  }

  private List<String> filterOwn(PhoenixCandidate c) {
    List<String> names = new ArrayList<>();
    for (String n : c.names()) {
      ActorEntry e = ours.get(key(n));
      if (e != null) {
        drop(c.kind() == ActorKind.SECTOR ? "agent noun already ours (ours win)" : "alias already ours (ours win)");
      } else if (c.kind() == ActorKind.PERSON && !n.contains(" ")) {
        drop("single-word alias of a person (a surname or given name news rarely uses alone for them)");
      } else if (c.kind() != ActorKind.SECTOR && PhoenixNames.singleWord(n)
          && commonWords.contains(n.toLowerCase(Locale.ROOT))) {
        drop("single-word alias that running text uses as a common word");
      } else if (c.kind() == ActorKind.GROUP && genericPhrase(n)) {
        drop("group alias of common words only (a generic phrase: 'Rebel Armed Forces', 'Black Hand')");
      } else {
        names.add(n);
      }
    }
    return names;
  }

  /** Two to six words that running text all uses in lower case: a phrase any country's news may use. */
  private boolean genericPhrase(String alias) {
    String[] words = alias.toLowerCase(Locale.ROOT).replace("'s", "").split("[\\s-]+");
    if (words.length < 2 || words.length > GENERIC_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!commonWords.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Aliases claimed by several candidates: the same code keeps the first, different codes or surnames drop all. */
  private List<PhoenixCandidate> ambiguous(List<PhoenixCandidate> candidates) {
    Map<String, List<Integer>> claims = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (String n : new LinkedHashSet<>(candidates.get(i).names())) {
        claims.computeIfAbsent(key(n), k -> new ArrayList<>()).add(i);
      }
    }
    List<PhoenixCandidate> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      PhoenixCandidate c = candidates.get(i);
      List<String> names = new ArrayList<>();
      for (String n : c.names()) {
        String verdict = verdict(n, i, claims.get(key(n)), candidates);
        if (verdict == null) {
          names.add(n);
        } else {
          drop(verdict);
        }
      }
      if (names.isEmpty()) {
        drop("entry left without aliases");
      } else {
        out.add(c.withNames(names));
      }
    }
    return out;
  }

  /** Why alias {@code n} of candidate {@code i} goes, or null when it stays. */
  private static String verdict(String n, int i, List<Integer> claimants, List<PhoenixCandidate> all) {
    if (claimants.size() < 2) {
      return null;
    }
    PhoenixCandidate c = all.get(i);
    boolean allPeople = true;
    boolean sameCode = true;
    for (int j : claimants) {
      PhoenixCandidate o = all.get(j);
      allPeople &= o.kind() == ActorKind.PERSON;
      sameCode &= o.kind() == c.kind() && o.kind() != ActorKind.PERSON && o.code().equals(c.code());
    }
    if (allPeople) {
      return n.contains(" ") ? null : "single-word alias two people share";
    }
    if (sameCode) {
      return claimants.get(0) == i ? null : "alias repeated by an entry with the same code";
    }
    return "alias Phoenix gives to entries with different codes";
  }

  /**
   * One of our people whose several-word name lies within a name of this converted person of the same country
   * ("Alvaro Uribe" in "Alvaro Uribe Velez"): the same person under a fuller name.
   */
  private ActorEntry fullerName(PhoenixCandidate c) {
    for (String n : c.names()) {
      Set<String> words = words(n);
      for (String w : words) {
        for (OurName o : ourPeople.getOrDefault(w, List.of())) {
          if (words.containsAll(o.words()) && c.country() != null && c.country().equals(o.entry().country())) {
            return o.entry();
          }
        }
      }
    }
    return null;
  }

  private static Set<String> words(String name) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : AliasText.words(name)) {
      out.add(AliasText.word(w, false));
    }
    return out;
  }

  private static boolean sameKind(PhoenixCandidate c, ActorEntry e) {
    return c.kind() == ActorKind.PERSON ? e.kind() == ActorKind.PERSON : e.kind() != ActorKind.PERSON;
  }

  private void conflict(PhoenixCandidate c, ActorEntry e) {
    String theirs = c.kind() == ActorKind.PERSON ? spans(c) : c.code();
    String mine = e.kind() == ActorKind.PERSON ? roles(e)
        : (e.country() == null ? "---" : e.country()) + (e.sector() == null ? "" : e.sector());
    if (c.kind() == ActorKind.PERSON || !theirs.equals(mine)) {
      conflicts.add(e.source() + " " + e.id() + " wins over " + c.source() + " '" + c.names().get(0) + "': Phoenix "
          + theirs + " | ours " + mine);
    }
  }

  private static String spans(PhoenixCandidate c) {
    List<String> out = new ArrayList<>();
    for (PhoenixCandidate.Span s : c.roles()) {
      out.add(s.country() + s.sector() + " " + (s.from() == null ? "" : s.from()) + ".." + (s.to() == null ? "" : s.to()));
    }
    return String.join(", ", out);
  }

  private static String roles(ActorEntry e) {
    List<String> out = new ArrayList<>();
    for (Role r : e.roles()) {
      out.add((r.country() != null ? r.country() + r.sector() : "@" + r.org()) + " " + r.range());
    }
    return out.isEmpty() ? "no roles" : String.join(", ", out);
  }

  static String key(String alias) {
    return AliasText.key(AliasText.words(alias), false).toLowerCase(Locale.ROOT);
  }

  private void drop(String reason) {
    dropped.merge(reason, 1, Integer::sum);
  }
}
