package org.vigil.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Sentence;
import org.vigil.model.Span;

class DocumentGoldTest {
  @TempDir Path dir;

  @Test
  void readsPointerLinesAndReportsMalformedOnesWithFileAndLine() throws IOException {
    Path f = dir.resolve("g.jsonl");
    Files.writeString(f, """
        {"id":"voa-x#0","corpus":"voa","doc":"voa-x","sentence":0,"locate":"troops crossed the river","date":"2014-05-02","expected":[{"source":"RUSMIL","target":"UKR","code":"190"}],"notes":{"root":"19"}}
        {"id":"voa-x#1","doc":"voa-x","sentence":1,"locate":"the weather","date":"2014-05-02","expected":[]}
        {"id":"voa-x#2","doc":"voa-x","sentence":2,"date":"2014-05-02","expected":[]}
        """);
    assertThat(DocumentGold.isDocumentGold(f)).isTrue();
    DocumentGold.Contents c = DocumentGold.read(f);
    assertThat(c.lines()).hasSize(2);
    assertThat(c.lines().get(0).root()).isEqualTo("19");
    assertThat(c.lines().get(1).root()).isNull();
    assertThat(c.problems()).singleElement().asString().contains("g.jsonl:3").contains("locate");
  }

  @Test
  void sentenceGoldWithTextIsNotDocumentGold() throws IOException {
    Path f = dir.resolve("s.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"date\":\"2020-01-01\",\"text\":\"X met Y.\",\"expected\":[]}\n");
    assertThat(DocumentGold.isDocumentGold(f)).isFalse();
  }

  @Test
  void locatorFindsPhraseDespiteCurlyQuotesAndPrefersTheLabellersSentence() {
    List<Sentence> s = List.of(sentence(0, "Rebels said the town had fallen."),
        sentence(1, "The army said \u201cthe town had fallen\u201d too."), sentence(2, "Nothing else."));
    assertThat(SentenceLocator.locate(s, "said \"the town had fallen\"", 0)).isEqualTo(1);
    assertThat(SentenceLocator.locate(s, "the town had fallen", 1)).isEqualTo(1);
    assertThat(SentenceLocator.locate(s, "the town had fallen", 0)).isEqualTo(0);
    assertThat(SentenceLocator.locate(s, "not in the text", 0)).isEqualTo(-1);
  }

  @Test
  void locatorGivesAPhraseCutBySplittingToTheSentenceWhereItStarts() {
    List<Sentence> s = List.of(sentence(0, "Talks resumed in Geneva on Monday, the U.N."), sentence(1, "envoy said."));
    assertThat(SentenceLocator.locate(s, "the U.N. envoy said", 0)).isEqualTo(0);
  }

  @Test
  void splitPutsAWikipediaItemInItsDaysSplitAndRejectsUnknownDocuments() throws IOException {
    Path f = dir.resolve("split.tsv");
    Files.writeString(f, "# header\nvoa\tvoa-a\ttest\nwce\t2014-03-01\tdev\n");
    GoldSplit s = GoldSplit.read(f);
    assertThat(s.splitOf("voa", "voa-a")).isEqualTo("test");
    assertThat(s.splitOf("wce", "wce-2014-03-01-07")).isEqualTo("dev");
    assertThatThrownBy(() -> s.splitOf("voa", "voa-b")).hasMessageContaining("voa/voa-b");
  }

  @Test
  void malformedSplitLineFailsNamingFileAndLine() throws IOException {
    Path f = dir.resolve("split.tsv");
    Files.writeString(f, "voa\tvoa-a\tmaybe\n");
    assertThatThrownBy(() -> GoldSplit.read(f)).hasMessageContaining("split.tsv:1");
  }

  @Test
  void fiveClassesGroupRootsAsCameoDoes() {
    assertThat(List.of("01", "02", "03", "05", "06", "08", "09", "13", "14", "20").stream()
        .map(DocumentEvaluator::fiveClass).toList()).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4);
  }

  private static Sentence sentence(int i, String text) {
    return new Sentence(i, new Span(0, text.length()), text, List.of(), List.of(), List.of(), false, false);
  }
}
