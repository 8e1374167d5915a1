package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/** Verbal events of real news: rule litotes-threat and the frames of rejections and criticism. */
class VerbalFramesTest {
  private static final LocalDate DAY = LocalDate.of(2021, 3, 9);
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(new FakeResolver());

  private static List<Event> code(PatternEventCoder coder, SentenceBuilder b) {
    return coder.code(b.article(DAY));
  }

  private static String dyad(Event e) {
    return e.source().country() + ">" + (e.target() == null ? null : e.target().country()) + ":" + e.code().code();
  }

  private static PatternEventCoder without(String rule) {
    return CODER.withSwitches(RuleSwitches.disabling(List.of(rule)));
  }

  /** "Iran will not hesitate to attack Israel." */
  private static SentenceBuilder notHesitate() {
    return SentenceBuilder.tokens("Iran/NNP will/MD not/RB hesitate/VB to/TO attack/VB Israel/NNP")
        .deps("root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; xcomp 3 5; nsubj:xsubj 5 0; mark 5 4; obj 5 6");
  }

  @Test
  void notHesitatingToAttackIsAnAssertedThreat() {
    assertThat(code(CODER, notHesitate())).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("IRN>ISR:138");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
      assertThat(e.rules()).contains("litotes-threat");
    });
    assertThat(code(without("litotes-threat"), notHesitate()))
        .noneMatch(e -> e.mode() == Mode.ASSERTED && e.code().root().equals("13"));
  }

  @Test
  void hesitatingToAttackIsNoAttackAndNoThreat() {
    SentenceBuilder b = SentenceBuilder.tokens("Iran/NNP hesitated/VBD/hesitate to/TO attack/VB Israel/NNP")
        .deps("root -1 1; nsubj 1 0; xcomp 1 3; nsubj:xsubj 3 0; mark 3 2; obj 3 4");
    assertThat(code(CODER, b)).noneMatch(e -> e.mode() == Mode.ASSERTED);
  }

  @Test
  void notRulingOutForceThreatensItAndRulingItOutDoesNot() {
    SentenceBuilder notRuled = SentenceBuilder.tokens("Russia/NNP did/VBD/do not/RB rule/VB out/RP force/NN "
        + "against/IN Ukraine/NNP").deps("root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; compound:prt 3 4; obj 3 5; "
        + "case 7 6; obl:against 3 7");
    assertThat(code(CODER, notRuled)).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("RUS>UKR:138");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
    SentenceBuilder ruled = SentenceBuilder.tokens("Russia/NNP ruled/VBD/rule out/RP force/NN against/IN "
        + "Ukraine/NNP").deps("root -1 1; nsubj 1 0; compound:prt 1 2; obj 1 3; case 5 4; obl:against 1 5");
    assertThat(code(CODER, ruled)).noneMatch(e -> e.mode() == Mode.ASSERTED);
  }

  @Test
  void rejectingAnotherSidesCallRejectsThatSide() {
    // "Ukraine rejected a Russian call for a truce."
    SentenceBuilder b = SentenceBuilder.tokens("Ukraine/NNP rejected/VBD/reject a/DT Russian/JJ call/NN for/IN "
        + "a/DT truce/NN").deps("root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3; nmod:for 4 7; case 7 5; det 7 6");
    assertThat(code(CODER, b)).extracting(VerbalFramesTest::dyad).containsExactly("UKR>RUS:124");
  }

  @Test
  void reprimandingIsCriticism() {
    SentenceBuilder b = SentenceBuilder.tokens("Iraq/NNP reprimanded/VBD/reprimand Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(code(CODER, b)).extracting(VerbalFramesTest::dyad).containsExactly("IRQ>SYR:111");
  }

  /** "Syria says its troops retook the town from Iraqi rebels." */
  private static SentenceBuilder ownTroopsRetook() {
    return SentenceBuilder.tokens("Syria/NNP says/VBZ/say its/PRP$ troops/NNS/troops retook/VBD/retake "
        + "the/DT town/NN from/IN Iraqi/JJ rebels/NNS/rebel")
        .deps("root -1 1; nsubj 1 0; ccomp 1 4; nmod:poss 3 2; nsubj 4 3; obj 4 6; det 6 5; obl:from 4 9; "
        + "case 9 7; amod 9 8");
  }

  @Test
  void aStateTellingOfItsOwnTroopsActIsPlainAttribution() {
    List<Event> events = code(CODER, ownTroopsRetook());
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("SYR>IRQ:192");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
      assertThat(e.rules()).contains("speakers-forces");
    });
    assertThat(code(without("speakers-forces"), ownTroopsRetook()))
        .noneMatch(e -> dyad(e).equals("SYR>IRQ:192"));
  }

  @Test
  void aStateClaimingTheEnemysActStaysAnAccusation() {
    // "Syria claims Iraqi rebels shelled the town."
    SentenceBuilder b = SentenceBuilder.tokens("Syria/NNP claims/VBZ/claim Iraqi/JJ rebels/NNS/rebel "
        + "shelled/VBD/shell the/DT town/NN").deps("root -1 1; nsubj 1 0; ccomp 1 4; amod 3 2; nsubj 4 3; "
        + "obj 4 6; det 6 5");
    List<Event> events = code(CODER, b);
    assertThat(events).anySatisfy(e -> assertThat(dyad(e)).isEqualTo("SYR>IRQ:112"));
    assertThat(events).noneMatch(e -> e.code().root().equals("19") && e.mode() == Mode.ASSERTED);
  }

  @Test
  void callingOnSomeoneParsedAsAParticleIsAnAppealToThem() {
    // "France called on Iran to stay calm."
    SentenceBuilder b = SentenceBuilder.tokens("France/NNP called/VBD/call on/RP Iran/NNP to/TO stay/VB calm/JJ")
        .deps("root -1 1; nsubj 1 0; compound:prt 1 2; obj 1 3; advcl:to 1 5; mark 5 4; xcomp 5 6");
    assertThat(code(CODER, b)).extracting(VerbalFramesTest::dyad).containsExactly("FRA>IRN:020");
  }

  @Test
  void insistingThatSomethingIsSoIsAStatementAndInsistingOnItADemand() {
    // "Russia insisted it was ready." / "Russia insisted on talks with Ukraine."
    SentenceBuilder that = SentenceBuilder.tokens("Russia/NNP insisted/VBD/insist it/PRP was/VBD/be ready/JJ")
        .deps("root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; cop 4 3");
    assertThat(code(CODER, that)).extracting(e -> e.code().root()).doesNotContain("10");
    SentenceBuilder on = SentenceBuilder.tokens("Russia/NNP insisted/VBD/insist on/IN talks/NNS/talk with/IN "
        + "Ukraine/NNP").deps("root -1 1; nsubj 1 0; obl:on 1 3; case 3 2; nmod:with 3 5; case 5 4");
    assertThat(code(CODER, on)).extracting(e -> e.code().root()).contains("10");
  }

  @Test
  void sidesAgreeingToWorkTogetherIntendToCooperate() {
    // "China and Russia agreed to work together."
    SentenceBuilder b = SentenceBuilder.tokens("China/NNP and/CC Russia/NNP agreed/VBD/agree to/TO work/VB "
        + "together/RB").deps("root -1 3; nsubj 3 0; cc 2 1; conj:and 0 2; nsubj 3 2; xcomp 3 5; mark 5 4; "
        + "advmod 5 6");
    assertThat(code(CODER, b)).extracting(VerbalFramesTest::dyad)
        .containsExactlyInAnyOrder("CHN>RUS:030", "RUS>CHN:030");
  }

  /** "Syria was shelled, with Iraq blaming Israel." */
  private static SentenceBuilder absoluteBlame() {
    return SentenceBuilder.tokens("Syria/NNP was/VBD/be shelled/VBN/shell ,/, with/IN Iraq/NNP "
        + "blaming/VBG/blame Israel/NNP").deps("root -1 2; nsubj:pass 2 0; aux:pass 2 1; punct 2 3; "
        + "advcl:with 2 6; mark 6 4; nsubj 6 5; obj 6 7");
  }

  @Test
  void aParticipleWithItsOwnSubjectIsThatSubjectsActNotAnElaboration() {
    assertThat(code(CODER, absoluteBlame())).extracting(VerbalFramesTest::dyad).contains("IRQ>ISR:112");
  }

  @Test
  void aMaterialParticipleWithItsOwnSubjectStillElaboratesTheEvent() {
    // "Iraq attacked Syria, with troops firing rockets."
    SentenceBuilder b = SentenceBuilder.tokens("Iraq/NNP attacked/VBD/attack Syria/NNP ,/, with/IN troops/NNS/troops "
        + "firing/VBG/fire rockets/NNS/rocket").deps("root -1 1; nsubj 1 0; obj 1 2; punct 1 3; advcl:with 1 6; "
        + "mark 6 4; nsubj 6 5; obj 6 7");
    assertThat(code(CODER, b)).extracting(VerbalFramesTest::dyad).containsExactly("IRQ>SYR:190");
  }
}
