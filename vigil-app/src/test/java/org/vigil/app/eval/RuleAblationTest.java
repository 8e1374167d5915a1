package org.vigil.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Pipeline;
import org.vigil.app.SharedPipeline;
import org.vigil.coding.CoderRule;
import org.vigil.coding.RuleSwitches;

class RuleAblationTest {
  @TempDir Path tmp;

  @Test
  void aRuleThatCodesTheGoldEventCostsF1WhenSwitchedOff() throws Exception {
    Path gold = tmp.resolve("gold.jsonl");
    Files.writeString(gold, """
        {"id": "r1", "date": "2024-03-05", "text": "Egypt will not send any aid to Israel.", "expected": [{"source": "EGY", "target": "ISR", "code": "120"}]}
        {"id": "r2", "date": "2024-03-05", "text": "The Kenyan weather service forecast heavy rain for Tuesday.", "expected": []}
        """);
    Pipeline p = SharedPipeline.get();
    Evaluator ev = new Evaluator(p.annotator()::annotate, a -> p.code(a).events(), Optional.empty(), p.versions());
    List<RuleAblation.Line> lines = new RuleAblation(p, ev, RuleSwitches.allOn(),
        Scorer.DEFAULT_MODES).run(List.of(gold));
    assertThat(lines).hasSize(CoderRule.values().length);
    RuleAblation.Line refusal = lines.stream().filter(l -> l.rule() == CoderRule.REFUSAL_REJECTS).findFirst()
        .orElseThrow();
    assertThat(refusal.hits()).isEqualTo(1);
    assertThat(refusal.baseline().tp()).isEqualTo(1);
    assertThat(refusal.deltaF1()).isNegative();
    assertThat(RuleAblation.toText(lines)).contains("refusal-rejects");
  }
}
