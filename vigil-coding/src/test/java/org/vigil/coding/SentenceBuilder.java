package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CorefChain;
import org.vigil.model.CorefMention;
import org.vigil.model.Dependency;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.TimeExpression;
import org.vigil.model.Token;

/**
 * Builds annotated one-sentence articles by hand for unit tests: tokens as "word/POS[/lemma[/NER]]", edges as
 * "rel gov dep" (gov -1 for the root).
 */
final class SentenceBuilder {
  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> deps = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<CorefChain> chains = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean heading;

  static SentenceBuilder tokens(String spec) {
    SentenceBuilder b = new SentenceBuilder();
    for (String t : spec.trim().split("\\s+")) {
      String[] f = t.split("/");
      if (b.text.length() > 0) {
        b.text.append(' ');
      }
      int start = b.text.length();
      String word = f[0].replace('_', ' ');
      b.text.append(word);
      String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : word.toLowerCase();
      String ner = f.length > 3 ? f[3] : "O";
      b.tokens.add(new Token(b.tokens.size(), word, lemma, f[1], ner, new Span(start, b.text.length())));
    }
    return b;
  }

  SentenceBuilder deps(String spec) {
    for (String e : spec.split(";")) {
      String[] f = e.trim().split("\\s+");
      deps.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
    }
    return this;
  }

  SentenceBuilder time(int start, int end, String value) {
    LocalDate d = value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : null;
    times.add(new TimeExpression(start, end, text(start, end), value, d));
    return this;
  }

  SentenceBuilder heading() {
    heading = true;
    return this;
  }

  /** A chain whose representative is tokens [repStart, repEnd) and which also covers token {@code mention}. */
  SentenceBuilder coref(int repStart, int repEnd, int repHead, int mention) {
    CorefMention rep = new CorefMention(0, repStart, repEnd, repHead, text(repStart, repEnd));
    CorefMention m = new CorefMention(0, mention, mention + 1, mention, text(mention, mention + 1));
    chains.add(new CorefChain(rep, List.of(rep, m)));
    return this;
  }

  private String text(int start, int end) {
    return text.substring(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
  }

  Sentence sentence() {
    return new Sentence(0, new Span(0, text.length()), text.toString(), tokens, deps, times, !deps.isEmpty(),
        heading);
  }

  AnnotatedArticle article(LocalDate date) {
    return new AnnotatedArticle(Article.of("t", date, text.toString()), List.of(sentence()), chains);
  }

  List<Token> tokenList() {
    return List.copyOf(tokens);
  }
}
