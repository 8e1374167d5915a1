package org.vigil.actors;

import java.util.List;
import org.vigil.model.Token;

/** Rebuilds the text of a token run from the tokens' words and offsets. Stateless; thread-safe. */
final class PhraseText {
  private PhraseText() {}

  /** Words of tokens {@code [from, to)}, joined by a space wherever their spans are not adjacent. */
  static String of(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (i > from && tokens.get(i - 1).span().end() != t.span().start()) {
        b.append(' ');
      }
      b.append(t.word());
    }
    return b.toString();
  }

  static String of(List<Token> tokens) {
    return of(tokens, 0, tokens.size());
  }
}
