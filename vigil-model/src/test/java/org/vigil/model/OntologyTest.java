package org.vigil.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OntologyTest {
  private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
      "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
      "ASSAULT", "STATEMENT");

  private final Ontology ontology = Ontology.loadDefault();

  @Test
  void hasEveryRootAndAboutThreeHundredCodes() {
    assertThat(ontology.codes()).hasSizeGreaterThan(300);
    for (int root = 1; root <= 20; root++) {
      assertThat(ontology.lookup(String.format("%02d", root))).isPresent();
    }
  }

  @Test
  void everyCodeHasItsRootAndParent() {
    for (CameoCode c : ontology.codes()) {
      assertThat(ontology.lookup(c.root())).as("root of %s", c.code()).isPresent();
      if (c.code().length() == 4) {
        assertThat(ontology.lookup(c.code().substring(0, 3))).as("parent of %s", c.code()).isPresent();
      }
    }
  }

  @Test
  void quadClassFollowsRoot() {
    for (CameoCode c : ontology.codes()) {
      int root = Integer.parseInt(c.root());
      int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      assertThat(c.quadClass()).as(c.code()).isEqualTo(expected);
    }
  }

  @Test
  void everyCodeMapsToPloverWithLabelAndGoldsteinInRange() {
    for (CameoCode c : ontology.codes()) {
      assertThat(PLOVER_TYPES).as(c.code()).contains(c.plover());
      assertThat(c.label()).as(c.code()).isNotBlank();
      assertThat(c.goldstein()).isBetween(-10.0, 10.0);
    }
  }

  @Test
  void conflictCodesScoreBelowCooperation() {
    assertThat(ontology.lookup("190").orElseThrow().goldstein()).isNegative();
    assertThat(ontology.lookup("0871").orElseThrow().plover()).isEqualTo("RETREAT");
    assertThat(ontology.lookup("057").orElseThrow().goldstein()).isPositive();
  }

  @Test
  void unknownCodeIsEmpty() {
    assertThat(ontology.lookup("999")).isEmpty();
    assertThat(ontology.lookup(null)).isEmpty();
  }

  @Test
  void malformedLineCitesItsLineNumber() {
    String text = "# header\n010\tstatement\tx\t1\tSTATEMENT\t\t\n";
    assertThatThrownBy(() -> Ontology.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:2");
  }
}
