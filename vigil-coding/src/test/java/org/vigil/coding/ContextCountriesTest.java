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

class ContextCountriesTest {
  private static final Ontology ONTOLOGY = Ontology.loadDefault();
  private static final ActorRef GOVERNMENT = new ActorRef("The government", null, "GOV", null, null, "organ");
  private final ContextCountries convention = new ContextCountries();

  private static Place place(String name, String country, boolean inferred) {
    return new Place(name, country, List.of(country), 0.0, 0.0, 2, null, inferred, "test");
  }

  private static Event event(ActorRef source, ActorRef target, String code, Place where) {
    return new Event("a", 0, new Span(0, 10), new Span(0, 3), "text", LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 1, 1), source, target, ONTOLOGY.lookup(code).orElseThrow(), Mode.ASSERTED, null,
        where, null, "test");
  }

  @Test
  void aCourtInACityBelongsToTheCitysCountry() {
    ActorRef court = new ActorRef("A court in Yekaterinburg", null, "JUD", null, null, "organ");
    ActorRef reporter = new ActorRef("reporter", "USA", "MED", null, null, "test");
    Event e = convention.apply(List.of(event(court, reporter, "116", place("Yekaterinburg", "RUS", false))))
        .get(0);
    assertThat(e.source().cameoCode()).isEqualTo("RUSJUD");
    assertThat(e.source().basis()).contains("place in its phrase");
  }

  @Test
  void aLoneGovernmentTakesTheArticleFocus() {
    Event e = convention.apply(List.of(event(GOVERNMENT, null, "010", place("Kenya", "KEN", true)))).get(0);
    assertThat(e.source().cameoCode()).isEqualTo("KENGOV");
    assertThat(e.source().basis()).contains("article context");
  }

  @Test
  void twoCompetingCountriesLeaveTheGovernmentUnplaced() {
    ActorRef russia = new ActorRef("Russia", "RUS", null, null, null, "test");
    Event e = convention.apply(List.of(event(GOVERNMENT, russia, "112", place("Russia", "RUS", true)))).get(0);
    assertThat(e.source().country()).isNull();
  }

  @Test
  void aCurfewInACityIsItsOwnGovernments() {
    ActorRef kano = new ActorRef("Kano", "NGA", null, null, null, "place of the act: Kano");
    Event e = convention.apply(List.of(event(GOVERNMENT, kano, "172", place("Kano", "NGA", false)))).get(0);
    assertThat(e.source().cameoCode()).isEqualTo("NGAGOV");
  }

  @Test
  void anUnnamedArmyFightingInAPlaceIsNotAssumedToBeLocal() {
    ActorRef army = new ActorRef("the army", null, "MIL", null, null, "organ");
    ActorRef villages = new ActorRef("villages", "LBN", null, null, null, "place of the act: Lebanon");
    Event e = convention.apply(List.of(event(army, villages, "190", place("Lebanon", "LBN", false)))).get(0);
    assertThat(e.source().country()).isNull();
  }

  @Test
  void unplacedNonStateActorsKeepNoCountry() {
    ActorRef gunmen = new ActorRef("Gunmen", null, "UAF", null, null, "sector");
    Event e = convention.apply(List.of(event(gunmen, null, "010", place("Kenya", "KEN", true)))).get(0);
    assertThat(e.source().country()).isNull();
  }

  @Test
  void policeFiringAtProtestersInACityAreItsPolice() {
    ActorRef police = new ActorRef("Police", null, "COP", null, null, "sector");
    ActorRef nairobi = new ActorRef("Nairobi", "KEN", null, null, null, "capital");
    Event e = convention.apply(List.of(event(police, nairobi, "193", place("Nairobi", "KEN", false)))).get(0);
    assertThat(e.source().cameoCode()).isEqualTo("KENCOP");
  }
}
