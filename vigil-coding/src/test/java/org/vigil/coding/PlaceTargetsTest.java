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

class PlaceTargetsTest {
  private static final Ontology ONTOLOGY = Ontology.loadDefault();
  private static final ActorRef RUSSIA = new ActorRef("Russia", "RUS", null, null, null, "test");
  private static final Place ALASKA = place("Alaska", "USA", List.of("USA"), false);
  private final PlaceTargets convention = new PlaceTargets();

  private static Place place(String name, String country, List<String> countries, boolean inferred) {
    return new Place(name, country, countries, 0.0, 0.0, 2, null, inferred, "test");
  }

  private static Event event(ActorRef source, ActorRef target, String code, Place where) {
    return new Event("a", 0, new Span(0, 10), new Span(0, 3), "text", LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 1, 1), source, target, ONTOLOGY.lookup(code).orElseThrow(), Mode.ASSERTED, null,
        where, null, "test");
  }

  @Test
  void givesAForcePostureWithoutTargetTheCountryOfItsPlace() {
    List<Event> out = convention.apply(List.of(event(RUSSIA, null, "150", ALASKA)));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.target().country()).isEqualTo("USA");
      assertThat(e.target().basis()).contains("place of the act");
    });
  }

  @Test
  void keepsANamedTarget() {
    ActorRef china = new ActorRef("China", "CHN", null, null, null, "test");
    List<Event> out = convention.apply(List.of(event(RUSSIA, china, "150", ALASKA)));
    assertThat(out).singleElement().satisfies(e -> assertThat(e.target().country()).isEqualTo("CHN"));
  }

  @Test
  void ignoresTheArticleFocusPlace() {
    Place focus = place("United States", "USA", List.of("USA"), true);
    List<Event> out = convention.apply(List.of(event(RUSSIA, null, "150", focus)));
    assertThat(out).singleElement().satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void ignoresPlacesOfStatements() {
    List<Event> out = convention.apply(List.of(event(RUSSIA, null, "010", ALASKA)));
    assertThat(out).singleElement().satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void ignoresBordersBetweenTwoCountries() {
    Place border = place("Jordan-Syria border", "JOR", List.of("JOR", "SYR"), false);
    List<Event> out = convention.apply(List.of(event(RUSSIA, null, "190", border)));
    assertThat(out).singleElement().satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void fillsTheCountryOfATargetKnownOnlyBySector() {
    ActorRef convoy = new ActorRef("a police convoy", null, "COP", null, null, "sector");
    ActorRef gunmen = new ActorRef("Gunmen", null, null, null, null, "agent");
    List<Event> out = convention.apply(List.of(event(gunmen, convoy, "190", ALASKA)));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.target().cameoCode()).isEqualTo("USACOP");
      assertThat(e.source().country()).isNull();
    });
  }

  @Test
  void makesUnplacedProtestersPeopleOfThePlace() {
    ActorRef protesters = new ActorRef("Thousands of protesters", null, null, null, null, "agent");
    List<Event> out = convention.apply(List.of(event(protesters, null, "141", ALASKA)));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("USA");
      assertThat(e.target().country()).isEqualTo("USA");
    });
  }

  @Test
  void dropsEventsThatStillPlaceNeitherSide() {
    ActorRef gunmen = new ActorRef("Gunmen", null, null, null, null, "agent");
    assertThat(convention.apply(List.of(event(gunmen, null, "190", null)))).isEmpty();
  }

  @Test
  void aGroupWithoutHomeCountryIsTargetedWhereItIs() {
    ActorRef usa = new ActorRef("US aircraft", "USA", "MIL", null, null, "test");
    ActorRef hideouts = new ActorRef("al-Qaeda hideouts", null, "REB", "al-qaeda", null, "group");
    Place somalia = place("Somalia", "SOM", List.of("SOM"), false);
    List<Event> out = convention.apply(List.of(event(usa, hideouts, "190", somalia)));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.target().country()).isEqualTo("SOM");
      assertThat(e.target().actor()).isEqualTo("al-qaeda");
    });
  }
}
