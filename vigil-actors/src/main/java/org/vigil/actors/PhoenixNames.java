package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Phoenix name ({@code MOHAMED_HUSSEIN_TANTAWI_}, {@code ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_}) into aliases
 * in Vigil's form: words title-cased (matching ignores case), short single words kept upper case as acronyms
 * (matched case-sensitively), a bracketed acronym split off as an alias of its own. Names with characters
 * the actor format reserves, or PETRARCH's pattern syntax, give nothing. Stateless.
 */
final class PhoenixNames {
  private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern JUNK = Pattern.compile("[+{}!\\[\\]=;|#<>*&\"$%]");
  private static final Set<String> PARTICLES = Set.of("al", "el", "de", "del", "la", "le", "of", "the", "and",
      "for", "in", "on", "bin", "ibn", "van", "von", "da", "du", "des", "di", "y", "to", "at");
  /** Single words up to this many letters are acronyms ("IPCC", "ANSF"). */
  private static final int ACRONYM_LETTERS = 5;

  private PhoenixNames() {}

  /** The aliases a Phoenix name gives: the name itself and a bracketed acronym; empty for junk. */
  static List<String> aliases(String phoenixName) {
    List<String> out = new ArrayList<>();
    String name = phoenixName;
    Matcher paren = PAREN.matcher(name);
    while (paren.find()) {
      alias(paren.group(1)).ifPresent(out::add);
    }
    name = PAREN.matcher(name).replaceAll(" ");
    alias(name).ifPresent(a -> out.add(0, a));
    return out;
  }

  private static Optional<String> alias(String raw) {
    if (JUNK.matcher(raw).find() || raw.indexOf('(') >= 0 || raw.indexOf(')') >= 0) {
      return Optional.empty();
    }
    String[] words = raw.replace('_', ' ').strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty() || !raw.chars().anyMatch(Character::isLetter)) {
      return Optional.empty();
    }
    if (words.length == 1 && letters(words[0]) <= ACRONYM_LETTERS) {
      return Optional.of(words[0].toUpperCase(Locale.ROOT));
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(word(words[i], i == 0));
    }
    return Optional.of(b.toString());
  }

  private static String word(String w, boolean first) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (!first && PARTICLES.contains(lower)) {
      return lower;
    }
    if (w.contains(".") && letters(w) <= 3) {
      return w.toUpperCase(Locale.ROOT);
    }
    StringBuilder b = new StringBuilder(lower.length());
    boolean start = true;
    for (char c : lower.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == '.';
    }
    return b.toString();
  }

  private static int letters(String w) {
    return (int) w.chars().filter(Character::isLetter).count();
  }

  /** True for a single-word alias that is not an acronym: the kind the common-word filter looks at. */
  static boolean singleWord(String alias) {
    return !alias.contains(" ") && !AliasText.isAcronym(alias);
  }
}
