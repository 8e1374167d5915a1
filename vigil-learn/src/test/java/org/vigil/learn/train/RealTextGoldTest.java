package org.vigil.learn.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealTextGoldTest {
  @TempDir Path dir;

  private void write(String path, String text) throws Exception {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void readsDevDocumentsOnlyAndFindsTheSentenceByItsPhrase() throws Exception {
    write("gold/real/split.tsv", "# corpus\tdoc\tsplit\nvoa\tvoa-a\tdev\nvoa\tvoa-b\ttest\nwce\t2020-01-02\tdev\n");
    write("shared/corpus/voa/articles/voa-a.txt",
        "date 2020-01-01 Rebels shelled the port town on Monday. Nobody was hurt.\n\nThe mayor called for calm.\n");
    write("shared/corpus/wikipedia-current-events/items.jsonl",
        "{\"id\":\"wce-2020-01-02-01\",\"text\":\"Two ministers meet in Oslo. They sign a trade pact.\"}\n");
    write("gold/real/parts/voa-a.jsonl",
        "{\"id\":\"voa-a#0\",\"doc\":\"voa-a\",\"sentence\":0,\"date\":\"2020-01-01\",\"locate\":\"shelled the port\",\"expected\":[{\"code\":\"194\"}],"
            + "\"notes\":{\"mode\":\"asserted\",\"root\":\"19\"}}\n"
            + "{\"id\":\"voa-a#2\",\"doc\":\"voa-a\",\"sentence\":2,\"date\":\"2020-01-01\",\"locate\":\"called for calm\",\"expected\":[],"
            + "\"notes\":{\"mode\":\"none\",\"root\":null}}\n");
    write("gold/real/parts/voa-b.jsonl", "this file of a test document must never be opened {{{\n");
    write("gold/real/voa-test.jsonl", "nor this one {{{\n");
    write("gold/real/parts/wce-2020-01-02.jsonl",
        "{\"id\":\"wce-2020-01-02-01#1\",\"doc\":\"wce-2020-01-02-01\",\"sentence\":1,\"date\":\"2020-01-02\",\"locate\":\"sign a trade\","
            + "\"expected\":[{\"code\":\"057\"}],\"notes\":{\"mode\":\"asserted\",\"root\":\"05\"}}\n");
    List<String> problems = new ArrayList<>();
    List<LabelledText> read = RealTextGold.read(dir.resolve("gold/real"), dir.resolve("shared"), problems);
    assertThat(problems).isEmpty();
    assertThat(read).extracting(LabelledText::text)
        .containsExactly("Rebels shelled the port town on Monday.", "The mayor called for calm.", "They sign a trade pact.");
    assertThat(read.get(0).labels()).containsEntry("root", "19").containsEntry("five", "4").containsEntry("event", "yes");
    assertThat(read.get(1).labels()).containsEntry("event", "no").doesNotContainKey("root");
  }

  @Test
  void ploverTypeAndModeGiveARootOnlyWhenUnambiguous() throws Exception {
    write("t.txt", "# table\n18: ASSAULT, , # x\n190: ASSAULT, , # y\n193: ASSAULT, firearms, # z\n"
        + "040: CONSULT, , # c\n041: CONSULT, phone, # p\n");
    PloverToCameo p = PloverToCameo.read(dir.resolve("t.txt"));
    assertThat(p.root("ASSAULT", "FIREARMS")).contains("19");
    assertThat(p.root("ASSAULT", "")).isEmpty();
    assertThat(p.root("CONSULT", "VISIT")).contains("04");
    assertThat(p.root("UNKNOWN", "")).isEmpty();
  }

  @Test
  void leadSentenceOfAStoryAndQuotedConfliBertLines() {
    assertThat(NgecStories.lead("Police in the capital arrested dozens of marchers on Friday. Later, more came."))
        .isEqualTo("Police in the capital arrested dozens of marchers on Friday.");
    assertThat(ConfliBertSet.unquote("\"They said \"\"no\"\" twice.\"")).isEqualTo("They said \"no\" twice.");
    assertThat(LabelledText.fiveOf("02")).isEqualTo("0");
    assertThat(LabelledText.fiveOf("08")).isEqualTo("2");
    assertThat(LabelledText.fiveOf("14")).isEqualTo("4");
  }
}
