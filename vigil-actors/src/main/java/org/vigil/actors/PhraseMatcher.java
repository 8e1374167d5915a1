package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Token;

/**
 * Finds the aliases named in a noun phrase, leftmost-longest, over its words split at hyphens. A match inside
 * a hyphenated compound is marked by what the compound does to it: "Iran-aligned" makes Iran an affiliation,
 * "US-led" a leader, "Greek-owned" the owner (plain), "anti-Israel" and "Jordan-Syria" nothing to the actor. Stateless; thread-safe.
 */
final class PhraseMatcher {

  /** How a match relates to the phrase's actor. */
  enum Role { PLAIN, AFFILIATION, LEADER, IGNORED }

  /** One word of the phrase after hyphen splitting. */
  record Word(String lower, String exact, int token, int compound, boolean capitalised, String ner) {}

  /** Aliases matched over words {@code [start, end)}. */
  record Match(List<AliasIndex.Hit> hits, int start, int end, int firstToken, int lastToken, Role role) {
    boolean covers(int token) {
      return firstToken <= token && token <= lastToken;
    }
  }

  private static final Set<String> AFFILIATION_SUFFIXES = Set.of("aligned", "backed", "allied", "sponsored",
      "supported", "funded", "armed", "affiliated", "linked", "inspired", "trained", "loyal", "leaning", "friendly",
      "oriented", "proxy", "controlled", "financed", "run");

  /** "Greek-owned", "British-flagged", "UK-based": the country is the owner's, so it names the actor. */
  private static final Set<String> OWNER_SUFFIXES = Set.of("owned", "flagged", "registered", "based", "operated");

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "sheikh", "shaikh",
      "ayatollah", "mullah", "imam", "rev", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "prof", "lord", "lady",
      "sayyed", "sayyid", "emir", "king", "queen", "prince", "princess", "president", "minister", "premier");

  private final AliasIndex index;

  PhraseMatcher(AliasIndex index) {
    this.index = index;
  }

  /** Splits the phrase into words at hyphens; a possessive "'s" is a word of its own, as in aliases. */
  static List<Word> words(List<Token> phrase) {
    List<Word> out = new ArrayList<>(phrase.size() + 2);
    int compound = -1;
    for (int t = 0; t < phrase.size(); t++) {
      Token token = phrase.get(t);
      String w = token.word();
      if (isHyphen(w)) {
        continue;
      }
      if (!gluedByHyphen(phrase, t)) {
        compound++;
      }
      for (String part : AliasText.words(w)) {
        String exact = AliasText.word(part, true);
        if (!exact.isEmpty()) {
          out.add(new Word(AliasText.word(part, false), exact, t, compound,
              hasUpperCase(part), token.ner()));
        }
      }
    }
    return out;
  }

  /** "Israel", "iSrael", "US" count as capitalised; a proper name written all in lower case does not match. */
  private static boolean hasUpperCase(String part) {
    for (int i = 0; i < part.length(); i++) {
      if (Character.isUpperCase(part.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean gluedByHyphen(List<Token> phrase, int t) {
    if (t < 2 || !isHyphen(phrase.get(t - 1).word())) {
      return false;
    }
    Token hyphen = phrase.get(t - 1);
    return phrase.get(t - 2).span().end() == hyphen.span().start() && hyphen.span().end() == phrase.get(t).span().start();
  }

  private static boolean isHyphen(String w) {
    return w.equals("-") || w.equals("\u2010") || w.equals("\u2011") || w.equals("--");
  }

  /** All matches, leftmost-longest, in text order. */
  List<Match> match(List<Word> words) {
    List<Match> out = new ArrayList<>(4);
    StringBuilder exact = new StringBuilder(64);
    StringBuilder lower = new StringBuilder(64);
    int i = 0;
    while (i < words.size()) {
      int longest = Math.min(index.maxWordsFrom(words.get(i).exact(), words.get(i).lower()), words.size() - i);
      Match found = null;
      for (int n = longest; n >= 1 && found == null; n--) {
        exact.setLength(0);
        lower.setLength(0);
        boolean capital = false;
        for (int k = i; k < i + n; k++) {
          Word w = words.get(k);
          if (k > i) {
            exact.append(' ');
            lower.append(' ');
          }
          exact.append(w.exact());
          lower.append(w.lower());
          capital |= w.capitalised();
        }
        List<AliasIndex.Hit> hits = usable(index.lookup(exact.toString(), lower.toString()), capital, words, i, i + n);
        if (n == 1 && (continuesAName(words, i, out) || followedByName(words, i))) {
          hits = withoutPeople(hits);
        }
        if (!hits.isEmpty()) {
          found = new Match(hits, i, i + n, words.get(i).token(), words.get(i + n - 1).token(), role(words, i, i + n));
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Drops hits the words cannot mean: proper names written in lower case (unless a title or the NER tagger
   * marks a person: "President obama"), places inside a longer name the NER
   * tagger calls a person ("Chad Mitchell"), people it calls a place ("Austin").
   */
  private static List<AliasIndex.Hit> usable(
      List<AliasIndex.Hit> hits, boolean capital, List<Word> words, int start, int end) {
    if (hits.isEmpty()) {
      return hits;
    }
    String ner = commonNer(words, start, end);
    boolean namedPerson = ner.equals("PERSON") || afterTitle(words, start);
    List<AliasIndex.Hit> kept = null;
    for (int k = 0; k < hits.size(); k++) {
      ActorKind kind = hits.get(k).entry().kind();
      boolean drop = (!capital && kind.isProper() && !(kind == ActorKind.PERSON && namedPerson))
          || (ner.equals("PERSON") && inLongerName(words, start, end)
              && (kind == ActorKind.COUNTRY || kind == ActorKind.METONYM))
          || (kind == ActorKind.PERSON && (ner.equals("LOCATION") || ner.equals("CITY")));
      if (drop && kept == null) {
        kept = new ArrayList<>(hits.subList(0, k));
      } else if (!drop && kept != null) {
        kept.add(hits.get(k));
      }
    }
    return kept == null ? hits : kept;
  }

  /** A capitalised title before the words ("President obama"): a person's name even when written in lower case. */
  private static boolean afterTitle(List<Word> words, int start) {
    if (start == 0) {
      return false;
    }
    Word prev = words.get(start - 1);
    return prev.capitalised() && HONORIFICS.contains(prev.lower());
  }

  /**
   * True when the word before {@code i} is an unmatched part of the same person's name ("Bill" in "Bill
   * Gates"), so a one-word surname alias there names someone else.
   */
  private static boolean continuesAName(List<Word> words, int i, List<Match> before) {
    if (i == 0) {
      return false;
    }
    Word prev = words.get(i - 1);
    boolean matched = !before.isEmpty() && before.get(before.size() - 1).end() == i;
    return prev.ner().equals("PERSON") && !matched && !HONORIFICS.contains(prev.lower());
  }

  /** True when the next word is also tagged PERSON ("Sharon" in "Sharon Stone"): a longer, other name. */
  private static boolean followedByName(List<Word> words, int i) {
    return i + 1 < words.size() && words.get(i).ner().equals("PERSON") && words.get(i + 1).ner().equals("PERSON")
        && words.get(i + 1).token() != words.get(i).token();
  }

  private static List<AliasIndex.Hit> withoutPeople(List<AliasIndex.Hit> hits) {
    List<AliasIndex.Hit> out = new ArrayList<>(hits.size());
    for (AliasIndex.Hit h : hits) {
      if (h.entry().kind() != ActorKind.PERSON) {
        out.add(h);
      }
    }
    return out;
  }

  /** True when a neighbouring word is also tagged PERSON: "Chad" in "Chad Mitchell", not "Jordan" alone. */
  private static boolean inLongerName(List<Word> words, int start, int end) {
    boolean before = start > 0 && words.get(start - 1).ner().equals("PERSON");
    boolean after = end < words.size() && words.get(end).ner().equals("PERSON");
    return before || after;
  }

  /** The NER tag all words share, or "O". */
  private static String commonNer(List<Word> words, int start, int end) {
    String ner = words.get(start).ner();
    for (int k = start + 1; k < end; k++) {
      if (!words.get(k).ner().equals(ner)) {
        return "O";
      }
    }
    return ner;
  }

  /** What the rest of a hyphenated compound does to the words {@code [start, end)}. */
  private static Role role(List<Word> words, int start, int end) {
    int first = words.get(start).compound();
    int last = words.get(end - 1).compound();
    Role role = Role.PLAIN;
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      boolean inside = k >= start && k < end;
      if (inside || (w.compound() != first && w.compound() != last)) {
        continue;
      }
      if (AFFILIATION_SUFFIXES.contains(w.lower()) || (w.lower().equals("pro") && k < start)) {
        return Role.AFFILIATION;
      }
      if (OWNER_SUFFIXES.contains(w.lower()) && k >= end) {
        continue;
      }
      if (w.lower().equals("led") || w.lower().equals("headed")) {
        role = Role.LEADER;
      } else if (role == Role.PLAIN) {
        role = Role.IGNORED;
      }
    }
    return role;
  }
}
