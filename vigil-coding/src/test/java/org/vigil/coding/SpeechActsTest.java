package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;

/** The verbal speech-act rules: evaluative-speech, reported-obligation. */
class SpeechActsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 3, 9);
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(new FakeResolver());

  private static List<String> coded(PatternEventCoder coder, SentenceBuilder b) {
    return coder.code(b.article(DAY)).stream().map(SpeechActsTest::dyad).toList();
  }

  private static String dyad(Event e) {
    return e.source().country() + ">" + (e.target() == null ? null : e.target().country()) + ":" + e.code().code();
  }

  private static PatternEventCoder without(String rule) {
    return CODER.withSwitches(RuleSwitches.disabling(List.of(rule)));
  }

  /** "Egypt said Israel's raid was unlawful." */
  private static SentenceBuilder judgedUnlawful() {
    return SentenceBuilder.tokens("Egypt/NNP said/VBD/say Israel/NNP 's/POS raid/NN was/VBD/be unlawful/JJ")
        .deps("root -1 1; nsubj 1 0; ccomp 1 6; nmod:poss 4 2; case 2 3; nsubj 6 4; cop 6 5");
  }

  @Test
  void aSpeakerCallingAnotherSidesActUnlawfulCriticizesThatSide() {
    List<Event> events = CODER.code(judgedUnlawful().article(DAY));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("EGY>ISR:111");
      assertThat(e.rules()).contains("evaluative-speech");
    });
    assertThat(coded(without("evaluative-speech"), judgedUnlawful())).isEmpty();
  }

  @Test
  void aNamingVerbWithANegativeLabelCriticizesTheOwnerOfWhatItNames() {
    // "Iran called the Israeli strike a provocation."
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP called/VBD/call the/DT Israeli/JJ strike/NN a/DT "
        + "provocation/NN").deps("root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3; xcomp 1 6; det 6 5");
    assertThat(coded(CODER, b)).containsExactly("IRN>ISR:111");
  }

  @Test
  void aGenericStatementAboutNobodysActIsNoCriticism() {
    // "Egypt said corruption was a threat."
    SentenceBuilder b = SentenceBuilder.tokens("Egypt/NNP said/VBD/say corruption/NN was/VBD/be a/DT threat/NN")
        .deps("root -1 1; nsubj 1 0; ccomp 1 5; nsubj 5 2; cop 5 3; det 5 4");
    assertThat(coded(CODER, b)).isEmpty();
  }

  @Test
  void aHedgedEvaluationIsNoCriticism() {
    // "Egypt said Israel's raid would be unlawful."
    SentenceBuilder b = SentenceBuilder.tokens("Egypt/NNP said/VBD/say Israel/NNP 's/POS raid/NN would/MD "
        + "be/VB unlawful/JJ").deps("root -1 1; nsubj 1 0; ccomp 1 7; nmod:poss 4 2; case 2 3; nsubj 7 4; "
        + "aux 7 5; cop 7 6");
    assertThat(coded(CODER, b)).isEmpty();
  }

  /** "Syrian rebels say the Iraqi government must go." */
  private static SentenceBuilder mustGo() {
    return SentenceBuilder.tokens("Syrian/JJ rebels/NNS/rebel say/VBP/say the/DT Iraqi/JJ government/NN must/MD "
        + "go/VB").deps("root -1 2; amod 1 0; nsubj 2 1; ccomp 2 7; det 5 3; amod 5 4; nsubj 7 5; aux 7 6");
  }

  @Test
  void whatASpeakerSaysAnotherMustDoIsADemandOfThem() {
    List<Event> events = CODER.code(mustGo().article(DAY));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("SYR>IRQ:100");
      assertThat(e.rules()).contains("reported-obligation");
    });
    assertThat(coded(without("reported-obligation"), mustGo())).isEmpty();
  }

  @Test
  void anEventASpeakerSaysAnotherMustDoIsDemandedOfThem() {
    // "France said Iran must free the sailors."
    SentenceBuilder b = SentenceBuilder.tokens("France/NNP said/VBD/say Iran/NNP must/MD free/VB the/DT "
        + "sailors/NNS/sailor").deps("root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; aux 4 3; obj 4 6; det 6 5");
    assertThat(coded(CODER, b)).containsExactly("FRA>IRN:1053");
  }

  @Test
  void whatTheSpeakersSayTheyThemselvesMustDoIsNoDemand() {
    // "Iraq said we must go."
    SentenceBuilder b = SentenceBuilder.tokens("Iraq/NNP said/VBD/say we/PRP must/MD go/VB")
        .deps("root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; aux 4 3");
    assertThat(coded(CODER, b)).isEmpty();
  }

  @Test
  void aQuotedLabelLeftLooseByTheParserStillNamesTheAct() {
    // "Russia calls Iraqi support for the rebels "the worst scenario"." (the label hangs from "rebels" as dep)
    SentenceBuilder b = SentenceBuilder.tokens("Russia/NNP calls/VBZ/call Iraqi/JJ support/NN for/IN the/DT "
        + "rebels/NNS/rebel the/DT worst/JJS/bad scenario/NN").deps("root -1 1; nsubj 1 0; obj 1 3; amod 3 2; "
        + "nmod:for 3 6; case 6 4; det 6 5; dep 6 9; det 9 7; amod 9 8");
    assertThat(coded(CODER, b)).containsExactly("RUS>IRQ:111");
  }
}
