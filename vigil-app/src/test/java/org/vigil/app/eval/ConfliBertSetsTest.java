package org.vigil.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.ActorRef;
import org.vigil.model.CameoCode;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Span;

class ConfliBertSetsTest {
  @TempDir Path dir;

  @Test
  void fiveClassFileSkipsMalformedLinesNamingThem() throws IOException {
    Path f = dir.resolve("c.tsv");
    Files.writeString(f, "Ministers met in Oslo.\t1\nno label here\nThe army shelled the port.\t4\n");
    ConfliBertSets.Contents<ConfliBertSets.Labelled> c = ConfliBertSets.readFiveClass(f);
    assertThat(c.items()).extracting(ConfliBertSets.Labelled::label).containsExactly(1, 4);
    assertThat(c.problems()).singleElement().asString().contains("c.tsv:2");
  }

  @Test
  void spanFileGroupsTokensBySentenceAndRole() throws IOException {
    Path f = dir.resolve("a.bio");
    Files.writeString(f, "Rebel B-S\nfighters I-S\nraided O\na O\nvillage B-T\n\nBoth B-R\nsides I-R\ntalked O\n");
    List<ConfliBertSets.Spans> s = ConfliBertSets.readSpans(f).items();
    assertThat(s).hasSize(2);
    assertThat(s.get(0).words("S")).containsExactly("rebel", "fighters");
    assertThat(s.get(0).words("T")).containsExactly("village");
    assertThat(s.get(1).words("R")).containsExactly("both", "sides");
  }

  @Test
  void fiveClassCountsASentenceWithoutEventAsWrong() {
    List<ConfliBertSets.Labelled> s = List.of(new ConfliBertSets.Labelled("x:1", "A shelled B.", 4),
        new ConfliBertSets.Labelled("x:2", "Nothing.", 0));
    ConfliBertScorer.FiveClass r = ConfliBertScorer.fiveClass(s, t -> true,
        g -> g.text().startsWith("A") ? List.of(event("194", "rebels", "village")) : List.of(),
        Set.of(Mode.ASSERTED));
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.empty()).isEqualTo(1);
    assertThat(r.confusion()[0][5]).isEqualTo(1);
  }

  @Test
  void actorSpansMatchWhenCodedActorWordsOverlapTheAnnotation() {
    ConfliBertSets.Spans s = new ConfliBertSets.Spans("x:1", List.of("Rebel", "fighters", "raided", "a", "village"),
        List.of("B-S", "I-S", "O", "O", "B-T"));
    Score src = ConfliBertScorer.actorSpans(List.of(s), t -> true, g -> List.of(event("190", "the rebel fighters",
        "the town")), Set.of(Mode.ASSERTED), true);
    Score tgt = ConfliBertScorer.actorSpans(List.of(s), t -> true, g -> List.of(event("190", "the rebel fighters",
        "the town")), Set.of(Mode.ASSERTED), false);
    assertThat(src.tp()).isEqualTo(1);
    assertThat(tgt.tp()).isZero();
    assertThat(tgt.fp()).isEqualTo(1);
    assertThat(tgt.fn()).isEqualTo(1);
  }

  private static Event event(String code, String source, String target) {
    return new Event("a", 0, new Span(0, 1), null, "t", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
        new ActorRef(source, null, null, null, null, null), new ActorRef(target, null, null, null, null, null),
        new CameoCode(code, "x", -9, 4, "ASSAULT", "", ""), Mode.ASSERTED, null, null, null, "p");
  }
}
