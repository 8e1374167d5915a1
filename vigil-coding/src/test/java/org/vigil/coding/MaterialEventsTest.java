package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;

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
}
