package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.CameoCode;
import org.vigil.model.Dependency;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.model.Span;

/** Namesakes against the article's locale, region phrases, and clause places named by apposition or "of". */
class NamesakesAndPhrasesTest {
  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = GazetteerGeocoder.loadDefault();
  }

  private static Place placeOf(List<String> sentences, List<List<String>> tagged, List<String> actors,
      String text) {
    AnnotatedArticle a = HandAnnotator.article(sentences, tagged);
    return geocoder.resolve(a, actors).mentions().stream()
        .filter(m -> m.mention().names().get(0).equals(text)).findFirst().orElseThrow().place();
  }

  @Test
  void americanActorsDoNotPullAForeignCapitalToAnAmericanNamesake() {
    Place p = placeOf(List.of("Diplomats of the United States and Russia talked about Syria in Athens ."),
        List.of(List.of("United States", "Russia", "Syria", "Athens")), List.of("USA", "RUS"), "Athens");
    assertThat(p.country()).isEqualTo("GRC");
  }

  @Test
  void theNamesakeWinsWhenTheArticleIsSetInItsCountry() {
    Place p = placeOf(List.of("Floods closed roads in Georgia and Tennessee .", "Schools shut in Athens ."),
        List.of(List.of("Georgia", "Tennessee"), List.of("Athens")), List.of("USA"), "Athens");
    assertThat(p.country()).isEqualTo("USA");
  }

  @Test
  void theStateOfANameIsTheRegion() {
    Place p = placeOf(List.of("Fires burned homes in the state of Washington ."), List.of(List.of("Washington")),
        List.of("USA"), "Washington");
    assertThat(p.precision()).isEqualTo(2);
    assertThat(p.lon()).isLessThan(-115.0);
  }

  @Test
  void aCapitalisedCompassWordStartingANameIsNoPartOfTheCountry() {
    AnnotatedArticle a = HandAnnotator.article(List.of("Gunmen struck in Russia's North Caucasus ."),
        List.of(List.of("Russia")));
    List<ResolvedMention> found = geocoder.resolve(a, List.of()).mentions();
    assertThat(found).extracting(m -> m.place().name()).doesNotContain("northern Russia");
  }

  @Test
  void aTownCalledAfterItsAirfieldIsFoundWithoutTheFacilityWord() {
    Place p = placeOf(List.of("Rockets hit Kandahar Airfield in Afghanistan ."),
        List.of(List.of("Kandahar Airfield", "Afghanistan")), List.of(), "Kandahar Airfield");
    assertThat(p.country()).isEqualTo("AFG");
    assertThat(p.precision()).isLessThan(3);
  }

  private static Place eventPlace(String text, List<String> places, List<Dependency> deps, String trigger) {
    Sentence s = HandAnnotator.sentence(0, text, 0, places, deps);
    AnnotatedArticle a = new AnnotatedArticle(HandAnnotator.article(List.of(text), List.of(places)).article(),
        List.of(s), List.of());
    int at = text.indexOf(trigger);
    Event e = new Event("a", 0, s.span(), new Span(at, at + trigger.length()), text, LocalDate.of(2024, 1, 30),
        LocalDate.of(2024, 1, 30), null, null, new CameoCode("190", "fight", -10, 4, "ASSAULT", "", ""),
        Mode.ASSERTED, null, null, null, "test");
    return geocoder.locate(a, List.of(e)).get(0).location();
  }

  @Test
  void aCityInAppositionToTheCapitalLocatesTheAct() {
    String text = "Jets bombed targets in the capital , Tripoli , and in Libya .";
    List<Dependency> deps = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(1, 2, "obj"), new Dependency(5, 3, "case"), new Dependency(5, 4, "det"),
        new Dependency(1, 5, "obl:in"), new Dependency(5, 7, "appos"), new Dependency(11, 10, "case"),
        new Dependency(1, 11, "obl:in"));
    Place p = eventPlace(text, List.of("Tripoli", "Libya"), deps, "bombed");
    assertThat(p.name()).isEqualTo("Tripoli");
    assertThat(p.inferred()).isFalse();
  }

  @Test
  void aCityAsTheOfObjectOfTheTriggerNounLocatesIt() {
    String text = "Libya condemned the shelling of Misrata .";
    List<Dependency> deps = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(5, 4, "case"),
        new Dependency(3, 5, "nmod:of"));
    Place p = eventPlace(text, List.of("Libya", "Misrata"), deps, "shelling");
    assertThat(p.country()).isEqualTo("LBY");
    assertThat(p.precision()).isEqualTo(1);
    assertThat(p.inferred()).isFalse();
  }

  @Test
  void aCountryCompoundedOnTheTriggerNamesTheAttackerNotThePlace() {
    String text = "A US drone strike killed five men .";
    List<Dependency> deps = List.of(new Dependency(3, 0, "det"), new Dependency(3, 1, "compound"),
        new Dependency(3, 2, "compound"), new Dependency(4, 3, "nsubj"), new Dependency(-1, 4, "root"),
        new Dependency(6, 5, "nummod"), new Dependency(4, 6, "obj"));
    Place p = eventPlace(text, List.of("US"), deps, "strike");
    assertThat(p == null || p.inferred()).isTrue();
  }
}
