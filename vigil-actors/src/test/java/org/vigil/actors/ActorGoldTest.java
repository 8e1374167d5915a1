package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.Token;

/**
 * Scores the resolver on gold/actors-dev.jsonl (mentions in sentences written for Vigil) and fails under
 * 0.95 accuracy. Sentences are tokenised by {@link PlainTokens}; the words of the "ne" field get the row's
 * NER tag; the head is the token given as "head", else the mention's last token.
 */
class ActorGoldTest {
  static final Path GOLD = Path.of(System.getProperty("vigil.project.dir", ".."), "gold", "actors-dev.jsonl");

  @Test
  void resolvesGoldMentionsWithAtLeast95PercentAccuracy() throws IOException {
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault(List.of());
    List<String> lines = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
    List<String> misses = new ArrayList<>();
    int total = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> row = FlatJson.parse(line);
      total++;
      Optional<ActorRef> got = resolve(kb, row);
      if (!matches(row, got)) {
        misses.add(row.get("id") + " " + row.get("date") + " '" + row.get("mention") + "' expected "
            + row.get("expect") + " " + row.get("country") + "/" + row.get("sector") + "/" + row.get("actor")
            + " got " + got.map(r -> r.country() + "/" + r.sector() + "/" + r.actor() + " ner=" + r.nerType()
                + " [" + r.basis() + "]").orElse("empty"));
      }
    }
    double accuracy = (total - misses.size()) / (double) total;
    System.out.printf("actor gold: %d mentions, accuracy %.3f%n", total, accuracy);
    misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(total).isGreaterThanOrEqualTo(160);
    assertThat(accuracy).as("accuracy; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
  }

  static Optional<ActorRef> resolve(ActorKnowledgeBase kb, Map<String, String> row) {
    String sentence = row.get("sentence");
    int start = Integer.parseInt(row.get("start"));
    int end = Integer.parseInt(row.get("end"));
    Map<String, String> ner = new HashMap<>();
    if (row.get("ner") != null) {
      for (Token t : PlainTokens.of(row.get("ne"))) {
        ner.put(t.word(), row.get("ner"));
      }
    }
    List<Token> phrase = new ArrayList<>();
    for (Token t : PlainTokens.of(sentence, ner)) {
      if (t.span().start() >= start && t.span().end() <= end) {
        phrase.add(t);
      }
    }
    int head = phrase.size() - 1;
    for (int i = 0; row.get("head") != null && i < phrase.size(); i++) {
      if (phrase.get(i).word().equals(row.get("head"))) {
        head = i;
        break;
      }
    }
    return kb.resolver().resolve(phrase, head, LocalDate.parse(row.get("date")));
  }

  static boolean matches(Map<String, String> row, Optional<ActorRef> got) {
    switch (row.get("expect")) {
      case "none":
        return got.isEmpty();
      case "unknown":
        return got.isPresent() && got.get().isUnresolved() && Objects.equals(got.get().nerType(), row.get("ner"));
      default:
        return got.isPresent() && Objects.equals(got.get().country(), row.get("country"))
            && Objects.equals(got.get().sector(), row.get("sector"))
            && Objects.equals(got.get().actor(), row.get("actor"));
    }
  }
}
