package org.vigil.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Span;
import org.vigil.gold.GoldSentence;

class ScorerTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 30);

  private static Event event(String src, String tgt, String code, Mode mode) {
    ActorRef s = new ActorRef(src, src, null, null, null, "test");
    ActorRef t = tgt == null ? null : new ActorRef(tgt, tgt, null, null, null, "test");
    return new Event("a", 0, new Span(0, 1), new Span(0, 1), "x", DAY, DAY, s, t,
        Ontology.loadDefault().lookup(code).orElseThrow(), mode, null, null, null, "p");
  }

  private static GoldSentence gold(String id, GoldSentence.Expected... expected) {
    return new GoldSentence(id, DAY, "x", List.of(expected), true);
  }

  @Test
  void scoresRootDyadAndCodeLevelsSeparately() {
    GoldSentence s = gold("1", new GoldSentence.Expected("ISRMIL", "SYR", "190"));
    EvalReport r = Scorer.score("t", List.of(s), g -> List.of(event("ISR", "LBN", "193", Mode.ASSERTED)),
        Scorer.DEFAULT_MODES);
    assertThat(r.root().tp()).isEqualTo(1);
    assertThat(r.dyadRoot().tp()).isZero();
    assertThat(r.dyadRoot().fp()).isEqualTo(1);
    assertThat(r.code().fn()).isEqualTo(1);
  }

  @Test
  void hedgedEventsDoNotCountAndEmptySentencesAreCredited() {
    GoldSentence none = gold("2");
    EvalReport r = Scorer.score("t", List.of(none), g -> List.of(event("ISR", "SYR", "190", Mode.HYPOTHETICAL)),
        Scorer.DEFAULT_MODES);
    assertThat(r.root().fp()).isZero();
    assertThat(r.noEventShare()).isEqualTo(1.0);
  }

  @Test
  void organisationCodedAsItsOwnCountryMatchesAnIgoCode() {
    assertThat(Scorer.countryMatches("UNO", "IGOUNOMIL")).isTrue();
    assertThat(Scorer.countryMatches("EEC", "IGOEUREEC")).isTrue();
    assertThat(Scorer.countryMatches("USA", "USAGOV")).isTrue();
    assertThat(Scorer.countryMatches("---", "RUS")).isFalse();
  }

  @Test
  void goldFileReportsMalformedLinesWithTheirLineNumber(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("g.jsonl");
    String good = new ObjectMapper().writeValueAsString(Map.of("id", "a", "date", "2024-01-30", "text", "t",
        "expected", List.of(Map.of("source", "USA", "target", "IRQ", "code", "190"))));
    Files.writeString(f, good + "\n{not json\n");
    GoldFile.Contents c = GoldFile.read(f, DAY);
    assertThat(c.sentences()).hasSize(1);
    assertThat(c.problems()).singleElement().asString().contains("g.jsonl:2");
  }
}
