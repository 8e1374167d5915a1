package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SportsResultsTest {
  private static final WordLists WORDS = PatternEventCoder.defaultBook().words();

  @Test
  void defendingATitleIsASportsResult() {
    assertThat(SportsResults.isSportsResult(SentenceBuilder.tokens("Spain/NNP defended/VBD/defend its/PRP$ "
        + "European/JJ title/NN").tokenList(), WORDS)).isTrue();
  }

  @Test
  void aHatTrickInACrushingWinIsASportsResult() {
    assertThat(SportsResults.isSportsResult(SentenceBuilder.tokens("Kane/NNP scored/VBD/score a/DT "
        + "hat-trick/NN as/IN England/NNP crushed/VBD/crush Italy/NNP").tokenList(), WORDS)).isTrue();
  }

  @Test
  void defendingAnAllyIsNoSportsResult() {
    assertThat(SportsResults.isSportsResult(SentenceBuilder.tokens("Turkey/NNP defended/VBD/defend "
        + "Qatar/NNP against/IN charges/NNS/charge").tokenList(), WORDS)).isFalse();
  }
}
