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

  /** Splits an alias into words on whitespace and hyphens, the way phrase tokens are split. */
  static List<String> words(String alias) {
    List<String> out = new ArrayList<>();
    for (String part : alias.split("[\\s\\-\u2010\u2011\u2013]+")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
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
