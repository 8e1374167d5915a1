package org.vigil.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Token;
import org.vigil.places.gazetteer.Direction;
import org.vigil.places.gazetteer.PlaceNames;

/**
 * Finds place phrases in a sentence: runs of location-tagged tokens (coarse LOCATION or the fine CITY,
 * STATE_OR_PROVINCE, COUNTRY tags), "X-Y border" and "border between X and Y" phrases, direction parts
 * ("northern Iraq", "the north of Syria", "Syria's northwest"), region words ("Anbar province", "the state of
 * Washington"), ", Texas"-style
 * qualifiers, named seas, gulfs and straits (before the NER's runs, which would read "Red Sea" as a region),
 * and mistagged proper nouns in place positions ("in Khan Younis" tagged PERSON) as weak mentions.
 * Immutable; thread-safe when its country-name predicate is.
 */
public final class PlaceMentionFinder {
  private final Predicate<String> countryName;
  private final WaterBodies water;

  /**
   * A finder that also takes mistagged full country names ("Burkina Faso" tagged PERSON) anywhere and the
   * named water bodies of {@code water}.
   */
  public PlaceMentionFinder(Predicate<String> countryName, WaterBodies water) {
    this.countryName = countryName;
    this.water = water;
  }

  /** A finder that also takes mistagged full country names, with the bundled water bodies. */
  public PlaceMentionFinder(Predicate<String> countryName) {
    this(countryName, WaterBodies.loadDefault());
  }

  /** A finder that knows no country names. */
  public PlaceMentionFinder() {
    this(name -> false);
  }

  private static final Set<String> LOCATION_TAGS =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE");
  private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier", "boundary");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "/");
  /** Prepositions after which a mistagged proper noun is tried as a (weak) place name. */
  private static final Set<String> WEAK_CUES =
      Set.of("in", "near", "outside", "at", "from", "to", "into", "across", "around", "toward", "towards");
  /** Nouns before "of" that introduce a place name: "the city of", "the outskirts of". */
  private static final Set<String> OF_PLACE = Set.of("city", "town", "village", "port", "capital", "province",
      "region", "outskirts", "suburbs", "centre", "center", "north", "south", "east", "west", "heart");
  private static final Set<String> MISTAGS = Set.of("O", "PERSON", "ORGANIZATION", "MISC");

  /** The place phrases of {@code s}, in text order, not overlapping. */
  public List<PlaceMention> find(Sentence s) {
    List<Token> t = s.tokens();
    List<PlaceMention> out = new ArrayList<>();
    boolean[] used = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      if (BORDER_WORDS.contains(lower(t.get(i)))) {
        border(s, i).ifPresent(m -> claim(out, used, m));
      }
    }
    for (int i = 0; i < t.size(); i++) {
      Optional<WaterBodies.Match> w = used[i] ? Optional.empty() : water.match(t, i);
      if (w.isPresent() && !anyUsed(used, i, w.get().end())) {
        int end = w.get().end();
        claim(out, used, new PlaceMention(s.index(), i, end, head(s, i, end), PlaceMention.Kind.WATER,
            List.of(w.get().body().name()), null, false, WaterBodies.coastOf(t, end), false));
        i = end - 1;
      }
    }
    for (int i = 0; i < t.size(); i++) {
      if (used[i] || !isLocation(t.get(i))) {
        continue;
      }
      int end = i;
      while (end < t.size() && isLocation(t.get(end)) && !used[end]) {
        end++;
      }
      claim(out, used, named(s, i, end, false));
      i = end - 1;
    }
    for (int i = 1; i < t.size(); i++) {
      if (!used[i] && isMistaggedName(t.get(i))) {
        int end = i + 1;
        while (end < t.size() && !used[end] && t.get(end).ner().equals(t.get(i).ner())
            && (isMistaggedName(t.get(end)) || !t.get(i).ner().equals("O"))) {
          end++;
        }
        if (hasPlaceCue(t, used, i, end) || isCountryName(t, i, end)) {
          claim(out, used, named(s, i, end, true));
        }
        i = end - 1;
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void claim(List<PlaceMention> out, boolean[] used, PlaceMention m) {
    for (int k = m.start(); k < m.end(); k++) {
      used[k] = true;
    }
    out.add(m);
  }

  private static boolean anyUsed(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  private PlaceMention named(Sentence s, int start, int end, boolean weak) {
    List<Token> t = s.tokens();
    String name = text(t, start, end);
    int from = start;
    int to = end;
    Direction dir = null;
    Optional<Direction> before = start > 0 ? Direction.parse(t.get(start - 1).word()) : Optional.empty();
    if (before.isPresent()) {
      dir = before.get();
      from = start - 1;
    } else if (start >= 3 && lower(t.get(start - 1)).equals("of") && lower(t.get(start - 3)).equals("the")
        && compass(t.get(start - 2)).isPresent()) {
      dir = compass(t.get(start - 2)).get();
      from = start - 3;
    } else if (end + 1 < t.size() && t.get(end).word().matches("'s|’s")
        && compass(t.get(end + 1)).isPresent() && !startsName(t, end + 1, end + 2)) {
      dir = compass(t.get(end + 1)).get();
      to = end + 2;
    }
    boolean regionWord = to == end && end < t.size() && PlaceNames.isRegionWord(t.get(end).word());
    if (regionWord) {
      to = end + 1;
    }
    regionWord |= from == start && start >= 2 && lower(t.get(start - 1)).equals("of")
        && PlaceNames.isRegionWord(t.get(start - 2).word());
    String qualifier = "";
    if (to + 1 < t.size() && t.get(to).word().equals(",") && isLocation(t.get(to + 1))) {
      int q = to + 1;
      while (q < t.size() && isLocation(t.get(q))) {
        q++;
      }
      qualifier = text(t, to + 1, q);
    }
    PlaceMention.Kind kind = dir == null ? PlaceMention.Kind.NAME : PlaceMention.Kind.PART;
    return new PlaceMention(s.index(), from, to, head(s, from, to), kind, List.of(name), dir, regionWord,
        qualifier, weak);
  }

  /** "Jordan-Syria border", "Jordan - Syria border", "border between Jordan and Syria". */
  private Optional<PlaceMention> border(Sentence s, int b) {
    List<Token> t = s.tokens();
    if (b >= 1) {
      String[] parts = t.get(b - 1).word().split("[-\u2013\u2014/]");
      if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
        return Optional.of(borderMention(s, b - 1, b, List.of(parts[0], parts[1])));
      }
    }
    if (b >= 3 && DASHES.contains(t.get(b - 2).word()) && isName(t.get(b - 1)) && isName(t.get(b - 3))) {
      return Optional.of(borderMention(s, b - 3, b, List.of(t.get(b - 3).word(), t.get(b - 1).word())));
    }
    if (b + 4 <= t.size() && lower(t.get(b + 1)).equals("between") && isName(t.get(b + 2))) {
      int and = b + 3;
      while (and < t.size() && isName(t.get(and))) {
        and++;
      }
      int end = and + 1;
      while (end < t.size() && isName(t.get(end))) {
        end++;
      }
      if (and < t.size() && lower(t.get(and)).equals("and") && end > and + 1) {
        List<String> parts = List.of(text(t, b + 2, and), text(t, and + 1, end));
        return Optional.of(new PlaceMention(s.index(), b, end, b, PlaceMention.Kind.BORDER, parts, null,
            false, "", false));
      }
    }
    return Optional.empty();
  }

  private static PlaceMention borderMention(Sentence s, int start, int borderWord, List<String> parts) {
    return new PlaceMention(s.index(), start, borderWord + 1, borderWord, PlaceMention.Kind.BORDER, parts,
        null, false, "", false);
  }

  /** The token of {@code [start, end)} whose governor lies outside it; the last token when unparsed. */
  static int head(Sentence s, int start, int end) {
    for (int k = start; k < end; k++) {
      Dependency d = s.headEdgeOf(k);
      if (d != null && (d.governor() < start || d.governor() >= end)) {
        return k;
      }
    }
    return end - 1;
  }

  /**
   * A capitalised compass word at {@code compass} that starts a proper name with the next token: "Russia's
   * North Caucasus" names a region, not Russia's north ("Ethiopia's western Benishangul" is a part).
   */
  private static boolean startsName(List<Token> t, int compass, int next) {
    return next < t.size() && capitalised(t.get(compass)) && capitalised(t.get(next))
        && t.get(next).pos().startsWith("NNP");
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  /** A compass part named by a noun ("the north of", "Syria's northwest"); "the centre of X" is X itself. */
  private static Optional<Direction> compass(Token t) {
    return Direction.parse(t.word()).filter(d -> d != Direction.CENTRE);
  }

  /**
   * A capitalised proper noun the coarse NER left untagged or tagged as a person, organisation or misc
   * ("Khan Younis" and "Burkina Faso" come out as PERSON, "Marseille" as ORGANIZATION at times).
   */
  private static boolean isMistaggedName(Token t) {
    return MISTAGS.contains(t.ner()) && t.pos().startsWith("NNP") && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0));
  }

  /** A full country name, several words long or not tagged as a person ("Jordan" may be Michael Jordan). */
  private boolean isCountryName(List<Token> t, int start, int end) {
    return (end - start > 1 || !t.get(start).ner().equals("PERSON")) && countryName.test(text(t, start, end));
  }

  /**
   * Where a place is expected: after "in", "near", "from", "to", ... (a determiner may intervene), after
   * "the city of", "outskirts of", after "and"/"," that follow another place, or before or ending in a region
 * word ("Red Sea State" tagged as an organisation).
   */
  private static boolean hasPlaceCue(List<Token> t, boolean[] used, int start, int end) {
    int k = start - 1;
    while (k > 0 && Set.of("the", "a").contains(lower(t.get(k)))) {
      k--;
    }
    String prev = lower(t.get(k));
    boolean ofPlace = prev.equals("of") && k >= 1 && OF_PLACE.contains(lower(t.get(k - 1)));
    boolean listed = (prev.equals("and") || prev.equals(",")) && k >= 1 && used[k - 1];
    boolean regionWord = end < t.size() && PlaceNames.isRegionWord(t.get(end).word())
        || end - start > 1 && PlaceNames.isRegionWord(t.get(end - 1).word());
    return WEAK_CUES.contains(prev) || ofPlace || listed || regionWord;
  }

  private static boolean isLocation(Token t) {
    return LOCATION_TAGS.contains(t.ner());
  }

  static boolean isName(Token t) {
    return isLocation(t) || t.pos().startsWith("NNP") || t.pos().equals("JJ") && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0));
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  static String text(List<Token> t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && t.get(k).span().start() > t.get(k - 1).span().end()) {
        b.append(' ');
      }
      b.append(t.get(k).word());
    }
    return b.toString();
  }
}
