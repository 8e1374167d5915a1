package org.vigil.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;
import org.vigil.places.eval.GoldPlace;

/**
 * Test-only stand-in for the NLP stage: a simple tokeniser (possessive 's split off, hyphenated words kept),
 * capitalised words as NNP, and LOCATION on the capitalised tokens inside the given place spans.
 */
final class HandAnnotator {
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-\u2013.']*[\\p{L}\\p{N}]|\\S");

  private HandAnnotator() {}

  /** Sentences joined by single spaces; {@code places[i]} are the place texts of sentence i. */
  static AnnotatedArticle article(List<String> sentences, List<List<String>> places) {
    String text = String.join(" ", sentences);
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < sentences.size(); i++) {
      out.add(sentence(i, sentences.get(i), offset, places.get(i), List.of()));
      offset += sentences.get(i).length() + 1;
    }
    return new AnnotatedArticle(Article.of("gold", LocalDate.of(2024, 1, 30), text), out, List.of());
  }

  /** One sentence at article offset {@code offset}; with {@code deps} it counts as parsed. */
  static Sentence sentence(int index, String s, int offset, List<String> places, List<Dependency> deps) {
    List<int[]> locSpans = new ArrayList<>();
    for (String p : places) {
      int at = GoldPlace.find(s, p);
      if (at < 0) {
        throw new IllegalArgumentException("place not in sentence: " + p);
      }
      locSpans.add(new int[] {at, at + p.length()});
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String w = m.group();
      if (w.endsWith("'s") && w.length() > 2) {
        tokens.add(token(tokens.size(), s.substring(start, end - 2), start, offset, locSpans));
        tokens.add(token(tokens.size(), "'s", end - 2, offset, locSpans));
      } else {
        tokens.add(token(tokens.size(), w, start, offset, locSpans));
      }
    }
    return new Sentence(index, new Span(offset, offset + s.length()), s, tokens, deps, List.of(),
        !deps.isEmpty(), false);
  }

  private static Token token(int i, String w, int start, int offset, List<int[]> locSpans) {
    boolean cap = !w.equals(w.toLowerCase(Locale.ROOT));
    boolean inPlace = locSpans.stream().anyMatch(p -> start >= p[0] && start < p[1]);
    String ner = cap && inPlace ? "LOCATION" : "O";
    String pos = cap ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : w;
    return new Token(i, w, w.toLowerCase(Locale.ROOT), pos, ner,
        new Span(offset + start, offset + start + w.length()));
  }
}
