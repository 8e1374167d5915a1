package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.model.Token;

class ResolverRobustnessTest {
  private static final String ALPHABET = "aZ -'’.sÜçحب中\uD83D\uDE00\u0301Iraq US";

  @Test
  void anyUnicodePhraseResolvesWithoutThrowing() {
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(List.of());
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      List<Token> tokens = PlainTokens.of(b.toString());
      if (tokens.isEmpty()) {
        continue;
      }
      int head = random.nextInt(tokens.size());
      assertThatCode(() -> kb.resolver().resolve(tokens, head, LocalDate.of(2024, 1, 30)))
          .as("phrase '%s'", b).doesNotThrowAnyException();
    }
  }
}
