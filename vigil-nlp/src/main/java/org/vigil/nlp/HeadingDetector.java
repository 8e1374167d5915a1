package org.vigil.nlp;

import java.util.List;
import java.util.Set;
import org.vigil.model.Token;

/**
 * Tells paragraph headings ("US Response and Future Prospects") from sentences: a heading stands alone on its
 * line, is short, has no sentence-final punctuation and no finite verb. Headings are kept as text but never
 * coded. Stateless and thread-safe.
 */
public final class HeadingDetector {
  private static final int MAX_TOKENS = 14;
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> FINAL = Set.of(".", "!", "?", "''", "\"", ":", ";");

  /**
   * @param text the article text
   * @param tokens the sentence's tokens (non-empty)
   */
  public boolean isHeading(String text, List<Token> tokens) {
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return false;
    }
    int start = tokens.get(0).span().start();
    int end = tokens.get(tokens.size() - 1).span().end();
    if (!aloneOnLine(text, start, end)) {
      return false;
    }
    Token last = tokens.get(tokens.size() - 1);
    if (FINAL.contains(last.word()) || FINAL.contains(last.pos())) {
      return false;
    }
    return tokens.stream().noneMatch(t -> FINITE.contains(t.pos()));
  }

  private static boolean aloneOnLine(String text, int start, int end) {
    for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
