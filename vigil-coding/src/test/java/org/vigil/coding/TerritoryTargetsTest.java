package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Ontology;
import org.vigil.model.Place;
import org.vigil.model.Span;

/** Rule territory-of-focus on hand-built events. */
class TerritoryTargetsTest {
  private static final Ontology ONTOLOGY = Ontology.loadDefault();
  private static final ActorRef ARMY = new ActorRef("the army", "MLI", "MIL", null, null, "test");
  private static final Place FOCUS = new Place("Mali", "MLI", List.of("MLI"), 0.0, 0.0, 3, null, true, "focus");
  private final TerritoryTargets rule = new TerritoryTargets(RuleSwitches.allOn());

  private static Event event(ActorRef target, String code, Place where) {
    return new Event("a", 0, new Span(0, 10), new Span(0, 3), "text", LocalDate.of(2013, 1, 28),
        LocalDate.of(2013, 1, 28), ARMY, target, ONTOLOGY.lookup(code).orElseThrow(), Mode.ASSERTED, null, where,
        null, "test");
  }

  @Test
  void aTownRetakenSomewhereUnfixedLiesInTheFocusCountry() {
    ActorRef town = new ActorRef("Gao", null, null, null, "LOCATION", "ner");
    assertThat(rule.apply(List.of(event(town, "192", FOCUS)))).singleElement().satisfies(e -> {
      assertThat(e.target().country()).isEqualTo("MLI");
      assertThat(e.target().text()).isEqualTo("Gao");
      assertThat(e.rules()).contains("territory-of-focus");
    });
  }

  @Test
  void aPlacedTargetOrAnAttackStaysAsItIs() {
    ActorRef niger = new ActorRef("Niger", "NER", null, null, null, "test");
    assertThat(rule.apply(List.of(event(niger, "192", FOCUS)))).singleElement()
        .satisfies(e -> assertThat(e.target().country()).isEqualTo("NER"));
    assertThat(rule.apply(List.of(event(null, "190", FOCUS)))).singleElement()
        .satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void aNamedPlaceIsLeftToThePlaceTargetRuleAndTheRuleSwitchesOff() {
    Place town = new Place("Gao", "MLI", List.of("MLI"), 0.0, 0.0, 2, null, false, "named");
    assertThat(rule.apply(List.of(event(null, "192", town)))).singleElement()
        .satisfies(e -> assertThat(e.target()).isNull());
    TerritoryTargets off = new TerritoryTargets(RuleSwitches.disabling(List.of("territory-of-focus")));
    assertThat(off.apply(List.of(event(null, "192", FOCUS)))).singleElement()
        .satisfies(e -> assertThat(e.target()).isNull());
  }
}
