package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DyadSidesTest {
  @Test
  void sponsorRollUpCountsTheGroupsAStateBacks() {
    DyadSides.Side iran = DyadSides.side("IRN", DyadSides.RollUp.sponsor, List.of());
    assertThat(iran.actorIds()).contains("IRN", "kataib-hezbollah");
  }

  @Test
  void countryRollUpKeepsOnlyTheCodeGiven() {
    assertThat(DyadSides.side("IRN", DyadSides.RollUp.country, List.of()).actorIds()).containsExactly("IRN");
  }

  @Test
  void rejectsCodesThatCouldInjectSql() {
    assertThatThrownBy(() -> DyadSides.side("IRN' OR 1=1 --", DyadSides.RollUp.country, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pairPredicateCoversBothDirections() {
    String sql = DyadSides.pairPredicate(DyadSides.side("IRQ", DyadSides.RollUp.country, List.of()),
        DyadSides.side("USA", DyadSides.RollUp.country, List.of()));
    assertThat(sql).contains("src_country = 'IRQ'").contains("src_country = 'USA'")
        .contains("tgt_country = 'USA'").contains("tgt_country = 'IRQ'");
  }
}
