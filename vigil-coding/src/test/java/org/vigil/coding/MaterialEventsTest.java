package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;

/** Material events of news reports: crowds named by who they are or by their act, territory taken, force on crowds. */
class MaterialEventsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 3, 9);
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(new FakeResolver());

  private static List<Event> code(PatternEventCoder coder, SentenceBuilder b) {
    return coder.code(b.article(DAY));
  }

  private static PatternEventCoder without(String rule) {
    return CODER.withSwitches(RuleSwitches.disabling(List.of(rule)));
  }

  @Test
  void protestersFillingASquareDemonstrate() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Egyptian/JJ/egyptian protesters/NNS/protester "
        + "filled/VBD/fill the/DT main/JJ square/NN").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 5; det 5 3; "
        + "amod 5 4"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("141");
      assertThat(e.source().country()).isEqualTo("EGY");
      assertThat(e.source().sector()).isEqualTo("OPP");
    });
  }

  @Test
  void aFrameAskingForCrowdsIgnoresOtherSubjects() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Egyptian/JJ/egyptian soldiers/NNS/soldier "
        + "filled/VBD/fill the/DT trucks/NNS/truck").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; det 4 3"));
    assertThat(events).isEmpty();
  }

  @Test
  void aQuantityOfProtestersIsACrowdToo() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Hundreds/NNS/hundred of/IN Egyptian/JJ/egyptian "
        + "protesters/NNS/protester gathered/VBD/gather outside/IN parliament/NN").deps("root -1 4; "
        + "nsubj 4 0; nmod:of 0 3; case 3 1; amod 3 2; obl:outside 4 6; case 6 5"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.code().code()).isEqualTo("141"));
  }

  private static SentenceBuilder protestsWentOn() {
    return SentenceBuilder.tokens("Rallies/NNS/rally against/IN the/DT Egyptian/JJ/egyptian government/NN "
        + "went/VBD/go on/RP in/IN Cairo/NNP/Cairo/LOCATION").deps("root -1 5; nsubj 5 0; nmod:against 0 4; "
        + "case 4 1; det 4 2; amod 4 3; compound:prt 5 6; obl:in 5 8; case 8 7");
  }

  @Test
  void aCrowdActThatHappenedIsTheProtestersActAgainstItsTarget() {
    assertThat(code(CODER, protestsWentOn())).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("14");
      assertThat(e.source().sector()).isEqualTo("OPP");
      assertThat(e.target().country()).isEqualTo("EGY");
      assertThat(e.rules()).contains("crowd-of-act");
    });
    assertThat(code(without("crowd-of-act"), protestsWentOn())).isEmpty();
  }

  @Test
  void aCrowdActOnlyTalkedAboutIsNoEvent() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Rallies/NNS/rally against/IN the/DT "
        + "Egyptian/JJ/egyptian government/NN worried/VBD/worry investors/NNS/investor").deps("root -1 5; "
        + "nsubj 5 0; nmod:against 0 4; case 4 1; det 4 2; amod 4 3; obj 5 6"));
    assertThat(events).noneMatch(e -> e.rules().contains("crowd-of-act"));
  }

  @Test
  void forcesTakingATownOccupyIt() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Syrian/JJ/syrian troops/NNS/troop took/VBD/take "
        + "the/DT town/NN").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; det 4 3"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.code().code()).isEqualTo("192"));
  }

  @Test
  void policeFiringTearGasRepress() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Iraqi/JJ/iraqi police/NN fired/VBD/fire tear/NN "
        + "gas/NN at/IN protesters/NNS/protester").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; compound 4 3; "
        + "obl:at 2 6; case 6 5"));
    assertThat(events).singleElement().satisfies(e -> assertThat(e.code().root()).isEqualTo("17"));
  }

  /** An article of the given one-sentence builders, one after the other. */
  private static AnnotatedArticle article(SentenceBuilder... parts) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (SentenceBuilder b : parts) {
      Sentence s = b.sentence();
      int at = text.length();
      List<Token> tokens = s.tokens().stream().map(t -> new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
          new Span(t.span().start() + at, t.span().end() + at))).toList();
      sentences.add(new Sentence(sentences.size(), new Span(at, at + s.text().length()), s.text(), tokens,
          s.dependencies(), s.times(), true, false));
      text.append(s.text()).append(' ');
    }
    return new AnnotatedArticle(Article.of("t", DAY, text.toString().trim()), sentences, List.of());
  }

  private static AnnotatedArticle attackThenTwoSides() {
    return article(SentenceBuilder.tokens("Russian/JJ/russian troops/NNS/troop attacked/VBD/attack "
        + "Ukraine/NNP/Ukraine/LOCATION").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 3"),
        SentenceBuilder.tokens("The/DT two/CD sides/NNS/side traded/VBD/trade artillery/NN fire/NN "
            + "again/RB").deps("root -1 3; det 2 0; nummod 2 1; nsubj 3 2; obj 3 5; compound 5 4; advmod 3 6"));
  }

  @Test
  void theTwoSidesAreThePartiesOfTheEventToldBefore() {
    List<Event> later = CODER.code(attackThenTwoSides()).stream().filter(e -> e.sentence() == 1).toList();
    assertThat(later).extracting(e -> e.source().country() + ">" + e.target().country())
        .containsExactlyInAnyOrder("RUS>UKR", "UKR>RUS");
    assertThat(later).allSatisfy(e -> assertThat(e.rules()).contains("both-sides"));
    assertThat(without("both-sides").code(attackThenTwoSides())).noneMatch(e -> e.sentence() == 1);
  }

  @Test
  void fightingBetweenBothSidesSetsThemAgainstEachOther() {
    AnnotatedArticle a = article(SentenceBuilder.tokens("Russian/JJ/russian troops/NNS/troop attacked/VBD/attack "
        + "Ukraine/NNP/Ukraine/LOCATION").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 3"),
        SentenceBuilder.tokens("Clashes/NNS/clash between/IN both/DT sides/NNS/side killed/VBD/kill "
            + "ten/CD soldiers/NNS/soldier").deps("root -1 4; nsubj 4 0; nmod:between 0 3; case 3 1; det 3 2; "
            + "obj 4 6; nummod 6 5"));
    List<Event> later = CODER.code(a).stream().filter(e -> e.sentence() == 1).toList();
    assertThat(later).extracting(e -> e.source().country() + ">" + e.target().country())
        .contains("RUS>UKR", "UKR>RUS");
  }

  @Test
  void twoSidesWithNothingToldBeforeStayUnknown() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("The/DT two/CD sides/NNS/side traded/VBD/trade "
        + "artillery/NN fire/NN").deps("root -1 3; det 2 0; nummod 2 1; nsubj 3 2; obj 3 5; compound 5 4"));
    assertThat(events).noneMatch(e -> e.rules().contains("both-sides"));
  }

  @Test
  void aTextTheSidesPutOutInARelativeClauseIsNoRelease() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP/Iran/LOCATION read/VBD/read a/DT note/NN "
        + "that/IN Iraqi/JJ/iraqi officials/NNS/official released/VBD/release").deps("root -1 1; nsubj 1 0; obj 1 3; "
        + "det 3 2; dep 3 7; mark 7 4; amod 6 5; nsubj 7 6");
    assertThat(code(CODER, b)).noneMatch(e -> e.code().root().equals("08"));
    assertThat(code(without("generic-verb"), b)).anyMatch(e -> e.code().root().equals("08"));
  }

  @Test
  void aWeaponThatHitsSomethingIsItsOwnersAttack() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Russian/JJ/russian missiles/NNS/missile hit/VBD/hit "
        + "Iraqi/JJ/iraqi troops/NNS/troop").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; amod 4 3"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("19");
      assertThat(e.target().country()).isEqualTo("IRQ");
    });
    List<Event> other = code(CODER, SentenceBuilder.tokens("Russian/JJ/russian exports/NNS/export hit/VBD/hit "
        + "a/DT record/NN").deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 4; det 4 3"));
    assertThat(other).isEmpty();
  }

  @Test
  void theDeadOfANominalAttackAreItsTargetBeforeTheWounded() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("A/DT raid/NN by/IN Syrian/JJ/syrian rebels/NNS/rebel "
        + "killed/VBD/kill two/CD Iraqi/JJ/iraqi soldiers/NNS/soldier and/CC wounded/VBD/wound others/NNS/other")
        .deps("root -1 5; det 1 0; nsubj 5 1; nsubj 10 1; nmod:by 1 4; case 4 2; amod 4 3; obj 5 8; nummod 8 6; "
            + "amod 8 7; cc 10 9; conj:and 5 10; obj 10 11"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.source().country()).isEqualTo("SYR");
      assertThat(e.target().country()).isEqualTo("IRQ");
    });
  }

  @Test
  void fightingParsedAsAVerbKeepsItsTwoSides() {
    List<Event> events = code(CODER, SentenceBuilder.tokens("Fighting/VBG/fight between/IN Syrian/JJ/syrian "
        + "police/NN and/CC protesters/NNS/protester injured/VBD/injure dozens/NNS/dozen").deps("root -1 6; "
        + "nsubj 6 0; obl:between 0 3; case 3 1; amod 3 2; cc 5 4; obl:between 0 5; conj:and 3 5; obj 6 7"));
    assertThat(events).extracting(e -> e.source().sector() + ">" + e.target().sector())
        .contains("COP>OPP", "OPP>COP");
  }

  private static SentenceBuilder diedInClashes() {
    return SentenceBuilder.tokens("Two/CD Syrian/JJ/syrian protesters/NNS/protester died/VBD/die in/IN "
        + "fresh/JJ clashes/NNS/clash with/IN police/NN").deps("root -1 3; nummod 2 0; amod 2 1; nsubj 3 2; "
        + "obl:in 3 6; case 6 4; amod 6 5; nmod:with 6 8; case 8 7");
  }

  @Test
  void theDeadOfAClashAndThoseTheyClashedWithAreItsSides() {
    List<Event> events = code(CODER, diedInClashes());
    assertThat(events).extracting(e -> e.source().sector() + ">" + e.target().sector())
        .contains("COP>OPP", "OPP>COP");
    assertThat(events).allSatisfy(e -> assertThat(e.rules()).contains("clash-victims"));
    assertThat(code(without("clash-victims"), diedInClashes()))
        .noneMatch(e -> "COP".equals(e.source().sector()));
  }
}
