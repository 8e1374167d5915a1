package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CorefChain;
import org.vigil.model.CorefMention;
import org.vigil.model.Dependency;
import org.vigil.model.Event;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.TimeExpression;
import org.vigil.model.Token;

/** Blasts the coder with random graphs over trigger words: it never fails, and its spans stay in the text. */
class RandomParseTest {
  private static final String[] WORDS = {"Iran", "attack", "the", "forces", "not", "will", "said", "that",
      "pledged", "to", "ceasefire", "killed", "three", "talks", "with", "it", "urged", "on", "in", "2019"};
  private static final String[] POS = {"NNP", "NN", "DT", "NNS", "RB", "MD", "VBD", "IN", "VBD", "TO", "NN",
      "VBD", "CD", "NNS", "IN", "PRP", "VBD", "IN", "IN", "CD"};
  private static final String[] RELS = {"nsubj", "obj", "obl:on", "xcomp", "ccomp", "acl", "acl:relcl", "conj:and",
      "advmod", "aux", "nmod:of", "nmod:poss", "amod", "compound", "nummod", "mark", "obl:agent", "nsubj:pass",
      "ref", "appos", "advcl:to", "dep"};

  @Test
  void randomGraphsNeverBreakTheCoder() {
    PatternEventCoder coder = PatternEventCoder.loadDefault(new FakeResolver());
    Random rnd = new Random(7);
    for (int round = 0; round < 2000; round++) {
      AnnotatedArticle a = randomArticle(rnd);
      List<Event> events = coder.code(a);
      for (Event e : events) {
        assertThat(e.span().end()).isLessThanOrEqualTo(a.article().text().length());
        assertThat(e.trigger().end()).isLessThanOrEqualTo(a.article().text().length());
      }
    }
  }

  private static AnnotatedArticle randomArticle(Random rnd) {
    int n = 1 + rnd.nextInt(12);
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int w = rnd.nextInt(WORDS.length);
      int start = text.length();
      text.append(WORDS[w]).append(' ');
      tokens.add(new Token(i, WORDS[w], WORDS[w].toLowerCase(), POS[w], "O", new Span(start, start + WORDS[w].length())));
    }
    List<Dependency> deps = new ArrayList<>();
    deps.add(new Dependency(-1, rnd.nextInt(n), "root"));
    for (int k = 0; k < n * 2; k++) {
      deps.add(new Dependency(rnd.nextInt(n + 1) - 1, rnd.nextInt(n), RELS[rnd.nextInt(RELS.length)]));
    }
    List<TimeExpression> times = rnd.nextBoolean() ? List.of()
        : List.of(new TimeExpression(0, Math.min(n, 2), "t", rnd.nextBoolean() ? "2018-13" : "2019-02-30", null));
    Sentence s = new Sentence(0, new Span(0, text.length()), text.toString(), tokens, deps, times, true, false);
    CorefMention m = new CorefMention(0, rnd.nextInt(n), n, rnd.nextInt(n), "m");
    List<CorefChain> chains = rnd.nextBoolean() ? List.of() : List.of(new CorefChain(m, List.of(m)));
    return new AnnotatedArticle(Article.of("r", LocalDate.of(2024, 1, 30), text.toString()), List.of(s), chains);
  }
}
