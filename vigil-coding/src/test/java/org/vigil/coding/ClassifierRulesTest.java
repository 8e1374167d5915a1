package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.EventTypeClassifier;
import org.vigil.model.Mode;
import org.vigil.model.TypePrediction;

/** The guards on events the learned classifier types: classifier-dyad and classifier-bare-statement. */
class ClassifierRulesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(new FakeResolver());

  /** A stand-in classifier sure of one root for every text. */
  private static EventTypeClassifier sureOf(String root) {
    return new EventTypeClassifier() {
      @Override
      public TypePrediction classify(String sentence, String clause) {
        return new TypePrediction(0.95, Map.of(root, 0.9, "04", 0.1), root + "0", Mode.ASSERTED, 0.9);
      }

      @Override
      public String modelHash() {
        return "0123456789abcdef";
      }
    };
  }

  private static List<Event> code(String root, SentenceBuilder s, CoderRule... off) {
    RuleSwitches switches = RuleSwitches.allOn();
    for (CoderRule r : off) {
      switches = switches.without(r);
    }
    return CODER.withClassifier(sureOf(root)).withSwitches(switches).code(s.article(DAY));
  }

  /** "Israel pummeled the houses": the parse names no placed target. */
  private static SentenceBuilder noTarget() {
    return SentenceBuilder.tokens("Israel/NNP pummeled/VBD/pummel the/DT houses/NNS/house")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2");
  }

  @Test
  void aClassifierTypedActWithBothSidesPlacedStands() {
    SentenceBuilder both = SentenceBuilder.tokens("Israel/NNP pummeled/VBD/pummel Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(code("19", both)).singleElement().satisfies(e -> {
      assertThat(e.target().country()).isEqualTo("SYR");
      assertThat(e.rules()).doesNotContain("classifier-dyad");
    });
  }

  @Test
  void aClassifierTypedActWithoutAPlacedTargetIsDropped() {
    assertThat(code("19", noTarget())).isEmpty();
    assertThat(code("19", noTarget(), CoderRule.CLASSIFIER_DYAD)).singleElement()
        .satisfies(e -> assertThat(e.code().root()).isEqualTo("19"));
  }

  @Test
  void probingTheRolesLeavesNoRuleHits() {
    RuleHits hits = new RuleHits();
    CODER.withClassifier(sureOf("19")).countingInto(hits).code(noTarget().article(DAY));
    assertThat(hits.snapshot()).doesNotContainKey(CoderRule.CLASSIFIER_TYPE);
  }

  @Test
  void theEncoderRunsOnlyWhereTheRolesPlaceBothSides() {
    int[] calls = {0};
    EventTypeClassifier counting = new EventTypeClassifier() {
      @Override
      public TypePrediction classify(String sentence, String clause) {
        calls[0]++;
        return sureOf("19").classify(sentence, clause);
      }

      @Override
      public String modelHash() {
        return "0123456789abcdef";
      }
    };
    assertThat(CODER.withClassifier(counting).code(noTarget().article(DAY))).isEmpty();
    assertThat(calls[0]).isZero();
    SentenceBuilder both = SentenceBuilder.tokens("Israel/NNP pummeled/VBD/pummel Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(CODER.withClassifier(counting).code(both.article(DAY))).hasSize(1);
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void aReportingVerbReadAsAMereStatementCodesNothing() {
    SentenceBuilder said = SentenceBuilder.tokens("Egypt/NNP told/VBD/tell Israel/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(CODER.code(said.article(DAY))).isEmpty();
    assertThat(code("01", said)).isEmpty();
    assertThat(code("01", said, CoderRule.CLASSIFIER_BARE_STATEMENT)).singleElement()
        .satisfies(e -> assertThat(e.code().root()).isEqualTo("01"));
    assertThat(code("11", said)).singleElement().satisfies(e -> assertThat(e.code().root()).isEqualTo("11"));
  }

  @Test
  void theClassifierLeavesTheParsePreFilterAsThePatternsSetIt() {
    PatternEventCoder with = CODER.withClassifier(sureOf("19"));
    SentenceBuilder plain = SentenceBuilder.tokens("Israel/NNP pummeled/VBD/pummel Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    SentenceBuilder attack = SentenceBuilder.tokens("Israel/NNP attacked/VBD/attack Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(with.mayHoldEvent(plain.article(DAY).sentences().get(0).tokens())).isFalse();
    assertThat(with.mayHoldEvent(attack.article(DAY).sentences().get(0).tokens())).isTrue();
  }
}
