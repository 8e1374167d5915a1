package org.vigil.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normal forms of words for alias lookup: apostrophes and dots dropped, diacritics stripped, and either
 * lower-cased (the ordinary index) or kept as written (the index of short upper-case acronyms such as "US",
 * which must not match the pronoun "us"). Stateless and thread-safe.
 */
final class AliasText {
  private AliasText() {}

  /** Normal form of one word; empty when nothing but punctuation remains. */
  static String word(String word, boolean keepCase) {
    StringBuilder out = new StringBuilder(word.length());
    boolean ascii = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '.' || c == '\u02BF' || c == '\u02BE') {
        continue;
      }
      ascii &= c < 128;
      out.append(keepCase ? c : Character.toLowerCase(c));
    }
    return ascii ? out.toString() : stripMarks(out.toString());
  }

  private static String stripMarks(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Splits an alias or a token into words on whitespace and hyphens, with "'s" a word of its own, as phrases
   * are; a leading "the" of a several-word alias is dropped. No regular expression: this runs per token.
   */
  static List<String> words(String alias) {
    List<String> out = new ArrayList<>(2);
    int start = 0;
    for (int i = 0; i <= alias.length(); i++) {
      if (i == alias.length() || isSeparator(alias.charAt(i))) {
        if (i > start) {
          addPart(out, alias.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
      out.remove(0);
    }
    return out;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  private static void addPart(List<String> out, String part) {
    if (part.length() > 2 && (part.endsWith("'s") || part.endsWith("\u2019s"))) {
      out.add(part.substring(0, part.length() - 2));
      out.add("'s");
    } else {
      out.add(part);
    }
  }

  /** True for an acronym alias (all letters upper case, e.g. "US", "U.N."), matched case-sensitively. */
  static boolean isAcronym(String alias) {
    int letters = 0;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 0 && letters <= 6;
  }

  /** Key of a word sequence: normal forms joined by single spaces. */
  static String key(List<String> words, boolean keepCase) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      String n = word(w, keepCase);
      if (n.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(n);
    }
    return b.toString();
  }

  /** Title-case form of an upper-case acronym ("NATO" to "Nato"), as some newspapers write it. */
  static String titleCase(String acronym) {
    return acronym.charAt(0) + acronym.substring(1).toLowerCase(Locale.ROOT);
  }
}
