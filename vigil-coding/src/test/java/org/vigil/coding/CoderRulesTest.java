package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.EventTypeClassifier;
import org.vigil.model.Mode;
import org.vigil.model.TypePrediction;

class CoderRulesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);
  private static final PatternEventCoder CODER = PatternEventCoder.loadDefault(new FakeResolver());

  private static SentenceBuilder refusal() {
    return SentenceBuilder.tokens("Egypt/NNP will/MD not/RB provide/VB aid/NN to/IN Israel/NNP")
        .deps("root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obj 3 4; obl:to 3 6; case 6 5");
  }

  @Test
  void everyRuleHasAUniqueLowerCaseNameAndAPhase() {
    assertThat(new HashSet<>(CoderRule.names())).hasSize(CoderRule.values().length);
    for (CoderRule r : CoderRule.values()) {
      assertThat(r.ruleName()).matches("[a-z]+(-[a-z]+)*");
      assertThat(CoderRule.named(r.ruleName())).contains(r);
      assertThat(r.phase()).isNotNull();
      assertThat(r.description()).isNotBlank();
    }
  }

  @Test
  void unknownRuleNameFailsNamingTheParameter() {
    assertThatThrownBy(() -> RuleSwitches.disabling(List.of("no-such-rule")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--disable-rule")
        .hasMessageContaining("no-such-rule");
  }

  @Test
  void theEventRecordsTheRuleThatShapedIt() {
    List<Event> events = CODER.code(refusal().article(DAY));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().root()).isEqualTo("12");
      assertThat(e.rules()).contains("refusal-rejects");
    });
  }

  @Test
  void aRuleSwitchedOffNoLongerShapesTheEvent() {
    PatternEventCoder off = CODER.withSwitches(RuleSwitches.disabling(List.of("refusal-rejects")));
    List<Event> events = off.code(refusal().article(DAY));
    assertThat(events).allSatisfy(e -> {
      assertThat(e.mode()).isEqualTo(Mode.NEGATED);
      assertThat(e.code().root()).isEqualTo("07");
      assertThat(e.rules()).doesNotContain("refusal-rejects");
    });
    assertThat(off.version()).contains("off[refusal-rejects]");
  }

  @Test
  void hitsCountEachFiring() {
    RuleHits hits = new RuleHits();
    CODER.countingInto(hits).code(refusal().article(DAY));
    assertThat(hits.snapshot()).containsEntry(CoderRule.REFUSAL_REJECTS, 1L);
  }

  /** A stand-in classifier that gives every text the same prediction. */
  private static EventTypeClassifier saying(double event, Map<String, Double> roots) {
    return new EventTypeClassifier() {
      @Override
      public TypePrediction classify(String sentence, String clause) {
        return new TypePrediction(event, roots, "190", Mode.ASSERTED, 0.9);
      }

      @Override
      public String modelHash() {
        return "fa4e01aa99";
      }
    };
  }

  @Test
  void theTypePhaseAsksAnInjectedClassifierWhereNoFrameMatches() {
    SentenceBuilder unknownVerb = SentenceBuilder.tokens("Israel/NNP pummeled/VBD/pummel Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(CODER.code(unknownVerb.article(DAY))).isEmpty();
    List<Event> events = CODER.withClassifier(saying(0.9, Map.of("19", 0.8, "01", 0.2))).code(unknownVerb.article(DAY));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.code().code()).isEqualTo("190");
      assertThat(e.pattern()).isEqualTo("classifier@fa4e01aa");
      assertThat(e.rules()).contains("classifier-type", "classifier@fa4e01aa");
    });
  }

  @Test
  void anUnsureClassifierOrOneThatSeesNoEventTypesNothing() {
    SentenceBuilder unknownVerb = SentenceBuilder.tokens("Israel/NNP pummeled/VBD/pummel Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(CODER.withClassifier(saying(0.9, Map.of("19", 0.1, "01", 0.1, "04", 0.1, "05", 0.1, "07", 0.1,
        "10", 0.1, "11", 0.1, "12", 0.1, "13", 0.1, "17", 0.1))).code(unknownVerb.article(DAY))).isEmpty();
    assertThat(CODER.withClassifier(saying(0.2, Map.of("19", 0.9, "01", 0.1))).code(unknownVerb.article(DAY)))
        .isEmpty();
  }

  @Test
  void whereAFrameGivesTheSentenceAnEventTheClassifierStaysOut() {
    SentenceBuilder framed = SentenceBuilder.tokens("Israel/NNP attacked/VBD/attack Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    List<Event> events = CODER.withClassifier(saying(0.99, Map.of("04", 0.99, "19", 0.01))).code(framed.article(DAY));
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.code().root()).isEqualTo("19");
      assertThat(e.rules()).doesNotContain("classifier-type");
    });
  }

  @Test
  void switchedOffTheClassifierRuleTypesNothing() {
    SentenceBuilder unknownVerb = SentenceBuilder.tokens("Israel/NNP pummeled/VBD/pummel Syria/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2");
    assertThat(CODER.withClassifier(saying(0.9, Map.of("19", 0.9, "01", 0.1)))
        .withSwitches(RuleSwitches.allOn().without(CoderRule.CLASSIFIER_TYPE)).code(unknownVerb.article(DAY))).isEmpty();
  }
}
