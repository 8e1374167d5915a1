package org.vigil.app.eval;

import java.util.List;
import org.vigil.model.Sentence;

/**
 * Finds the sentence of an annotated article that holds a gold label's locating phrase, comparing with white
 * space collapsed and curly quotes straightened. When several sentences hold it, the one nearest the labeller's
 * sentence number wins; a phrase our splitter cut in two belongs to the sentence where it starts. Stateless.
 */
final class SentenceLocator {
  private SentenceLocator() {}

  /** Index into {@code sentences} of the sentence holding {@code phrase}, or -1. */
  static int locate(List<Sentence> sentences, String phrase, int hint) {
    String p = normalize(phrase);
    int best = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (normalize(sentences.get(i).text()).contains(p) && (best < 0 || Math.abs(i - hint) < Math.abs(best - hint))) {
        best = i;
      }
    }
    if (best >= 0) {
      return best;
    }
    for (int i = 0; i + 1 < sentences.size(); i++) {
      String a = normalize(sentences.get(i).text());
      String joined = a + " " + normalize(sentences.get(i + 1).text());
      int at = joined.indexOf(p);
      if (at >= 0 && at < a.length()) {
        return i;
      }
    }
    return -1;
  }

  static String normalize(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .replaceAll("\\s+", " ").trim();
  }
}
