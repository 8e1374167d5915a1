package org.vigil.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Sentence;
import org.vigil.model.Span;

class SentenceLocatorTest {
  @Test
  void locatorFindsPhraseDespiteCurlyQuotesAndPrefersTheLabellersSentence() {
    List<Sentence> s = List.of(sentence(0, "Rebels said the town had fallen."),
        sentence(1, "The army said \u201cthe town had fallen\u201d too."), sentence(2, "Nothing else."));
    assertThat(SentenceLocator.locate(s, "said \"the town had fallen\"", 0)).isEqualTo(1);
    assertThat(SentenceLocator.locate(s, "the town had fallen", 1)).isEqualTo(1);
    assertThat(SentenceLocator.locate(s, "the town had fallen", 0)).isEqualTo(0);
    assertThat(SentenceLocator.locate(s, "not in the text", 0)).isEqualTo(-1);
  }

  @Test
  void locatorGivesAPhraseCutBySplittingToTheSentenceWhereItStarts() {
    List<Sentence> s = List.of(sentence(0, "Talks resumed in Geneva on Monday, the U.N."), sentence(1, "envoy said."));
    assertThat(SentenceLocator.locate(s, "the U.N. envoy said", 0)).isEqualTo(0);
  }

  @Test
  void fiveClassesGroupRootsAsCameoDoes() {
    assertThat(List.of("01", "02", "03", "05", "06", "08", "09", "13", "14", "20").stream()
        .map(DocumentEvaluator::fiveClass).toList()).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4);
  }

  private static Sentence sentence(int i, String text) {
    return new Sentence(i, new Span(0, text.length()), text, List.of(), List.of(), List.of(), false, false);
  }
}
