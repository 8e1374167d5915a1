package org.vigil.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void unitOfAGoldFileIsItsArticleOrItsWikipediaDay() throws IOException {
    Path f = dir.resolve("split.tsv");
    Files.writeString(f, "voa\tvoa-a\ttest\nwce\t2014-03-01\tdev\n");
    GoldSplit s = GoldSplit.read(f);
    assertThat(s.splitOfUnit("voa-a")).contains("test");
    assertThat(s.splitOfUnit("wce-2014-03-01")).contains("dev");
    assertThat(s.splitOfUnit("voa-unlisted")).isEmpty();
  }

  @Test
  void lineCarriesTheSentenceModeForTraining() throws IOException {
    Path f = dir.resolve("g.jsonl");
    Files.writeString(f, "{\"doc\":\"voa-x\",\"sentence\":3,\"locate\":\"the talks\",\"date\":\"2014-05-02\","
        + "\"expected\":[],\"notes\":{\"mode\":\"none\",\"root\":null}}\n");
    DocumentGold.Line l = DocumentGold.read(f).lines().get(0);
    assertThat(l.mode()).isEqualTo("none");
    assertThat(l.id()).isEqualTo("voa-x#3");
    assertThat(l.corpus()).isEqualTo("voa");
  }
}
