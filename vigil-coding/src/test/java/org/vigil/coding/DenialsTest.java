package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DenialsTest {
  private final PatternEventCoder coder = PatternEventCoder.loadDefault(new FakeResolver());

  @Test
  void dismissingAnySuggestionOfBlameIsADenial() {
    var events = coder.code(SentenceBuilder.tokens("Russia/NNP dismissed/VBD/dismiss any/DT suggestion/NN "
        + "that/IN Russia/NNP attacked/VBD/attack Ukraine/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 3; det 3 2; mark 6 4; nsubj 6 5; ccomp 3 6; obj 6 7")
        .article(LocalDate.of(2024, 1, 30)));
    assertThat(events).anySatisfy(e -> assertThat(e.code().code()).isEqualTo("016"));
    assertThat(events).filteredOn(e -> e.mode() == org.vigil.model.Mode.ASSERTED)
        .noneSatisfy(e -> assertThat(e.code().root()).isIn("12", "19"));
  }
}
