package org.vigil.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CorefChain;
import org.vigil.model.Sentence;
import org.vigil.model.TimeExpression;
import org.vigil.model.Token;

class CoreNlpAnnotatorTest {
  private static final String TEXT = "Unrest Across the Sahel\n\n"
      + "The Sahel Liberation Front said on Sunday that it had seized the town. "
      + "The group also attacked an army post near the Mali-Niger border.\n\n"
      + "Ministers will meet in Paris.";
  private static AnnotatedArticle doc;

  @BeforeAll
  static void annotate() {
    doc = SharedAnnotator.get().annotate(Article.of("t", LocalDate.of(2024, 1, 30), TEXT));
  }

  @Test
  void marksShortVerblessLineAsHeading() {
    assertThat(doc.sentences().get(0).heading()).isTrue();
    assertThat(doc.sentences().get(0).parsed()).isFalse();
    assertThat(doc.sentences().subList(1, doc.sentences().size())).noneMatch(Sentence::heading);
  }

  @Test
  void spansIndexIntoArticleText() {
    for (Sentence s : doc.sentences()) {
      assertThat(s.span().of(TEXT)).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(t.span().of(TEXT)).isEqualTo(t.word());
      }
    }
  }

  @Test
  void normalisesRelativeDayAgainstArticleDate() {
    List<TimeExpression> times = doc.sentences().get(1).times();
    assertThat(times).anySatisfy(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2024, 1, 28)));
  }

  @Test
  void findsDatesFarIntoALongSentence() {
    String text = "The two delegations, which had been kept apart by a dispute over the agenda and the seating of"
        + " observers from neighbouring states, finally met in Geneva on Thursday, March 3, 2011, and again"
        + " three days later.";
    AnnotatedArticle a = SharedAnnotator.get().annotate(Article.of("d", LocalDate.of(2011, 3, 8), text));
    List<TimeExpression> times = a.sentences().get(0).times();
    assertThat(times).anySatisfy(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2011, 3, 3)));
    assertThat(times).anySatisfy(t -> assertThat(t.text()).contains("three days later"));
  }

  @Test
  void parsesWithEnhancedDependencies() {
    Sentence s = doc.sentences().get(2);
    assertThat(s.parsed()).isTrue();
    assertThat(s.dependencies()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
    assertThat(s.dependencies()).anySatisfy(d -> assertThat(d.relation()).matches("(obl|nmod):near"));
  }

  @Test
  void linksTheGroupToNamedOrganisation() {
    assertThat(doc.coref()).anySatisfy((CorefChain c) -> {
      assertThat(c.representative().text()).contains("Liberation Front");
      assertThat(c.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("The group"));
    });
  }
}
