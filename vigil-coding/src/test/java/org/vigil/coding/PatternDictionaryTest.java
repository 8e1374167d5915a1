package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.model.CameoCode;
import org.vigil.model.Ontology;

class PatternDictionaryTest {
  private final Ontology ontology = Ontology.loadDefault();

  private PatternFileReader readDefault() {
    PatternFileReader r = new PatternFileReader(ontology);
    for (String f : PatternEventCoder.DEFAULT_FILES) {
      r.read(f, PatternEventCoder.resource("patterns/" + f));
    }
    return r;
  }

  @Test
  void bundledDictionaryLoadsWithoutProblems() {
    assertThat(readDefault().problems()).isEmpty();
  }

  @Test
  void everyThreeDigitCodeHasAVerbOrNounFrame() {
    PatternBook book = readDefault().book();
    Set<String> covered = new HashSet<>();
    book.verbs().values().forEach(l -> l.forEach(p -> covered.add(p.code().substring(0, 3))));
    book.nouns().values().forEach(l -> l.forEach(p -> covered.add(p.code().substring(0, 3))));
    List<String> missing = ontology.codes().stream().map(CameoCode::code).filter(c -> c.length() == 3)
        .filter(c -> !covered.contains(c)).toList();
    assertThat(missing).isEmpty();
  }

  @Test
  void malformedLineIsRejectedWithFileAndLine() {
    PatternFileReader r = new PatternFileReader(ontology);
    r.read("x.txt", "# comment\nverb attack\n");
    assertThat(r.problems()).singleElement().asString().startsWith("x.txt:2:");
  }

  @Test
  void unknownCodeIsReported() {
    PatternFileReader r = new PatternFileReader(ontology);
    r.read("x.txt", "verb attack 999\n");
    assertThat(r.problems()).singleElement().asString().contains("unknown CAMEO code '999'");
  }

  @Test
  void neverMatchingPatternsAreReported() {
    PatternFileReader r = new PatternFileReader(ontology);
    r.read("x.txt", "verb Attack 190\nnoun strike_out 190\nverb hit 190\nverb hit 190\nverb hit 190 obj=\n");
    assertThat(r.problems()).hasSize(4).allMatch(p -> p.contains("can never match"));
  }

  @Test
  void unknownOptionIsRejected() {
    PatternFileReader r = new PatternFileReader(ontology);
    r.read("x.txt", "verb hit 190 colour=red\n");
    assertThat(r.problems()).singleElement().asString().contains("unknown option 'colour'");
  }

  @Test
  void shiftUsesLongestPrefix() {
    PatternBook book = readDefault().book();
    assertThat(book.shift("intent", "072")).isEqualTo("0332");
    assertThat(book.shift("intent", "190")).isEqualTo("138");
    assertThat(book.shift("reject", "070")).isEqualTo("122");
  }

  @Test
  void organLinesGiveSectorsAndNeedACode() {
    PatternFileReader r = new PatternFileReader(Ontology.loadDefault());
    r.read("x.txt", "organ JUD court\norgan court\n");
    assertThat(r.problems()).singleElement().asString().startsWith("x.txt:2:").contains("sector code");
    assertThat(r.book().organs()).containsEntry("court", "JUD");
    assertThat(r.book().agents()).contains("court");
  }

  @Test
  void wordListsAreCheckedByNameAndKind() {
    PatternFileReader r = new PatternFileReader(ontology);
    r.read("x.txt", "words kill-verbs kill slay\nwords no-such-list a\ncodes kill-verbs 19\ncodes content-roots 99x\n");
    assertThat(r.problems()).hasSize(3);
    assertThat(r.problems().get(0)).startsWith("x.txt:2:").contains("unknown list 'no-such-list'");
    assertThat(r.problems().get(1)).startsWith("x.txt:3:").contains("is a 'words' list");
    assertThat(r.problems().get(2)).startsWith("x.txt:4:").contains("unknown CAMEO code");
    assertThat(r.book().words().of("kill-verbs")).containsExactlyInAnyOrder("kill", "slay");
  }

  @Test
  void aListTheCoderReadsMustBeGiven() {
    PatternFileReader r = new PatternFileReader(ontology);
    r.read("x.txt", "words kill-verbs kill\n");
    r.requireLists("x.txt");
    assertThat(r.problems()).anyMatch(p -> p.startsWith("x.txt: missing list 'harm-verbs'"))
        .noneMatch(p -> p.contains("'kill-verbs'"));
  }
}
