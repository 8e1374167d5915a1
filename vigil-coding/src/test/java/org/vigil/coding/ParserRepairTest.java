package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Dependency;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/** Repairs of frequent CoreNLP parse errors around reported speech and reduced relatives. */
class ParserRepairTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);
  private final PatternEventCoder coder = PatternEventCoder.loadDefault(new FakeResolver());

  @Test
  void participleInASubjectClauseIsPassive() {
    var s = SentenceBuilder.tokens("Civilians/NNS/civilian imprisoned/VBN/imprison in/IN Iran/NNP "
        + "were/VBD/be freed/VBN/free").deps("root -1 5; csubj:pass 5 1; nsubj 1 0; obl:in 1 3; case 3 2; "
        + "aux:pass 5 4").sentence();
    assertThat(ReducedRelatives.subjectClauses(s, s.dependencies())).contains(new Dependency(1, 0, "nsubj:pass"))
        .doesNotContain(new Dependency(1, 0, "nsubj"));
  }

  @Test
  void finiteVerbsTaggedAsParticiplesKeepTheirSubject() {
    var s = SentenceBuilder.tokens("Iran/NNP attacked/VBN/attack Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2").sentence();
    assertThat(new ParseRepairs(w -> false, PatternEventCoder.defaultBook().words()).apply(s, new RuleTrace(RuleSwitches.allOn())))
        .isSameAs(s.dependencies());
  }

  @Test
  void rootParticipleGivesWayToTheFiniteVerbItSwallowed() {
    var s = SentenceBuilder.tokens("A/DT report/NN released/VBN/release in/IN Iraq/NNP accused/VBD/accuse "
        + "Iran/NNP").deps("root -1 2; det 1 0; nsubj 2 1; obl:in 2 4; case 4 3; dep 2 5; obj 5 6").sentence();
    assertThat(ReducedRelatives.gardenPaths(s, s.dependencies())).contains(new Dependency(-1, 5, "root"),
        new Dependency(5, 1, "nsubj"), new Dependency(1, 2, "acl"));
  }

  @Test
  void reportingVerbMisreadAsAPassivesSubjectClauseGoesBackOnTop() {
    List<Event> events = coder.code(SentenceBuilder.tokens("Israel/NNP said/VBD/say a/DT rocket/NN was/VBD/be "
        + "fired/VBN/fire at/IN it/PRP by/IN Syria/NNP")
        .deps("root -1 5; csubj:pass 5 1; nsubj 1 0; obj 1 3; det 3 2; aux:pass 5 4; obl:at 5 7; case 7 6; "
            + "obl:agent 5 9; case 9 8").article(DAY));
    assertThat(events).extracting(ParserRepairTest::coded).contains("ISR>SYR:11:asserted", "SYR>ISR:19:reported");
  }

  private static String coded(Event e) {
    return (e.source().country() == null ? "---" : e.source().country()) + ">"
        + (e.target() == null || e.target().country() == null ? "---" : e.target().country()) + ":"
        + e.code().root() + ":" + e.mode().label();
  }

  @Test
  void pronounMisreadAsTheObjectOfSaidIsTheSubjectOfWhatItWillDo() {
    List<Event> events = coder.code(SentenceBuilder.tokens("Iran/NNP said/VBD/say it/PRP will/MD send/VB aid/NN "
        + "to/IN Iraq/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; dep 1 4; aux 4 3; obj 4 5; obl:to 4 7; case 7 6").article(DAY));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("IRN");
      assertThat(e.target().country()).isEqualTo("IRQ");
      assertThat(e.code().root()).isEqualTo("03");
      assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    });
  }
}
