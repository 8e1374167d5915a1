package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.model.Span;
import org.vigil.model.Token;

/**
 * A plain tokenizer for look-ups, benchmarks and tests without CoreNLP: words, punctuation and possessive
 * "'s" as tokens, hyphenated words kept whole ("Iran-aligned"), NER "O" except for words given a tag.
 * Stateless and thread-safe.
 */
public final class PlainTokens {
  private PlainTokens() {}

  public static List<Token> of(String text) {
    return of(text, Map.of());
  }

  /** Tokens of {@code text}; a word found in {@code ner} (as written) gets that NER tag. */
  public static List<Token> of(String text, Map<String, String> ner) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      if (isPossessive(text, i)) {
        end = i + 1 < text.length() && text.charAt(i + 1) == 's' ? i + 2 : i + 1;
      } else if (Character.isLetterOrDigit(c)) {
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || inWord(text, end))) {
          end++;
        }
      }
      String word = text.substring(i, end);
      out.add(new Token(out.size(), word, word, "", ner.getOrDefault(word, "O"), new Span(i, end)));
      i = end;
    }
    return out;
  }

  private static boolean isPossessive(String text, int i) {
    char c = text.charAt(i);
    if (c != '\'' && c != '\u2019') {
      return false;
    }
    boolean afterWord = i > 0 && Character.isLetter(text.charAt(i - 1));
    boolean s = i + 1 < text.length() && text.charAt(i + 1) == 's'
        && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    return afterWord && (s || (i > 0 && text.charAt(i - 1) == 's'));
  }

  /** Hyphens, dots and inner apostrophes stay inside words ("Iran-aligned", "U.S.", "Kata'ib"). */
  private static boolean inWord(String text, int k) {
    char c = text.charAt(k);
    boolean nextIsLetter = k + 1 < text.length() && Character.isLetterOrDigit(text.charAt(k + 1));
    if (c == '-' || c == '\u2011') {
      return nextIsLetter;
    }
    if (c == '.') {
      return nextIsLetter || (k >= 2 && text.charAt(k - 2) == '.');
    }
    if (c == '\'' || c == '\u2019') {
      return nextIsLetter && !isPossessive(text, k);
    }
    return false;
  }
}
