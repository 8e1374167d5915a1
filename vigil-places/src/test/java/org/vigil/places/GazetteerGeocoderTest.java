package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.ActorRef;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.Dependency;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;

/** Event placement on hand-parsed sentences: the clause's own place, else the focus country, inferred. */
class GazetteerGeocoderTest {
  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = GazetteerGeocoder.loadDefault();
  }

  /** "Three US soldiers were killed in a drone attack near the Jordan-Syria border ." */
  private static Sentence attackSentence(int index, int offset) {
    String s = "Three US soldiers were killed in a drone attack near the Jordan-Syria border .";
    List<Dependency> deps = List.of(
        new Dependency(2, 0, "nummod"), new Dependency(2, 1, "compound"), new Dependency(4, 2, "nsubj:pass"),
        new Dependency(4, 3, "aux:pass"), new Dependency(-1, 4, "root"), new Dependency(8, 5, "case"),
        new Dependency(8, 6, "det"), new Dependency(8, 7, "compound"), new Dependency(4, 8, "obl:in"),
        new Dependency(12, 9, "case"), new Dependency(12, 10, "det"), new Dependency(12, 11, "compound"),
        new Dependency(8, 12, "nmod:near"), new Dependency(4, 13, "punct"));
    return HandAnnotator.sentence(index, s, offset, List.of("US", "Jordan-Syria"), deps);
  }

  private static Event event(AnnotatedArticle a, int sentence, String trigger, ActorRef target) {
    Sentence s = a.sentences().get(sentence);
    int at = s.text().indexOf(trigger) + s.span().start();
    return new Event("a", sentence, s.span(), new Span(at, at + trigger.length()), s.text(),
        LocalDate.of(2024, 1, 28), LocalDate.of(2024, 1, 30), new ActorRef("someone", null, null, null, null,
        null), target, new CameoCode("190", "fight", -10, 4, "ASSAULT", "", ""), Mode.ASSERTED, null, null,
        3, "test");
  }

  private static AnnotatedArticle article(Sentence... sentences) {
    StringBuilder text = new StringBuilder();
    for (Sentence s : sentences) {
      while (text.length() < s.span().start()) {
        text.append(' ');
      }
      text.append(s.text());
    }
    return new AnnotatedArticle(Article.of("a", LocalDate.of(2024, 1, 30), text.toString()),
        List.of(sentences), List.of());
  }

  @Test
  void placesAttackAtTheBorderOfItsOwnClauseNotAtTheVictimsCountry() {
    AnnotatedArticle a = article(attackSentence(0, 0));
    ActorRef usForces = new ActorRef("US soldiers", "USA", "MIL", null, null, "test");
    Place p = geocoder.locate(a, List.of(event(a, 0, "attack", usForces))).get(0).location();
    assertThat(p.countries()).containsExactlyInAnyOrder("JOR", "SYR");
    assertThat(p.precision()).isEqualTo(2);
    assertThat(p.inferred()).isFalse();
    assertThat(p.lat()).isBetween(32.0, 33.6);
    assertThat(p.lon()).isBetween(35.6, 39.0);
  }

  @Test
  void givesAnEventWithoutPlaceInItsClauseTheFocusCountryMarkedInferred() {
    Sentence first = HandAnnotator.sentence(0, "Militias in Iraq have attacked bases in Iraq and Syria .", 0,
        List.of("Iraq", "Iraq and Syria"), List.of());
    String second = "The group announced a halt to its operations .";
    Sentence s2 = HandAnnotator.sentence(1, second, first.text().length() + 1, List.of(), List.of(
        new Dependency(2, 1, "nsubj"), new Dependency(-1, 2, "root"), new Dependency(4, 3, "det"),
        new Dependency(2, 4, "obj")));
    AnnotatedArticle a = article(first, s2);
    List<Event> placed = geocoder.locate(a, List.of(event(a, 1, "announced", null)));
    Place p = placed.get(0).location();
    assertThat(p.country()).isEqualTo("IRQ");
    assertThat(p.precision()).isEqualTo(3);
    assertThat(p.inferred()).isTrue();
  }

  @Test
  void ignoresPlaceInAnotherClause() {
    String s = "Officials in Baghdad said that gunmen attacked a convoy .";
    List<Dependency> deps = List.of(new Dependency(0, 1 + 1, "nmod:in"), new Dependency(2, 1, "case"),
        new Dependency(3, 0, "nsubj"), new Dependency(-1, 3, "root"), new Dependency(6, 4, "mark"),
        new Dependency(6, 5, "nsubj"), new Dependency(3, 6, "ccomp"), new Dependency(8, 7, "det"),
        new Dependency(6, 8, "obj"));
    Sentence sentence = HandAnnotator.sentence(0, s, 0, List.of("Baghdad"), deps);
    AnnotatedArticle a = article(sentence);
    Event attack = event(a, 0, "attacked", null);
    Place p = geocoder.locate(a, List.of(attack)).get(0).location();
    assertThat(p.inferred()).isTrue();
    assertThat(p.country()).isEqualTo("IRQ");
  }

  @Test
  void ranksWashingtonAsTheUsCapitalInAMiddleEastContextAndAsTheStateNearSeattle() {
    List<PlaceCandidate> mideast = geocoder.lookup("Washington", List.of("Iran", "Iraq"));
    List<PlaceCandidate> pacific = geocoder.lookup("Washington", List.of("Seattle", "Spokane"));
    assertThat(mideast.get(0).place().precision()).isEqualTo(1);
    assertThat(Geo.km(mideast.get(0).place().lat(), mideast.get(0).place().lon(), 38.9, -77.04)).isLessThan(25);
    assertThat(pacific.get(0).place().precision()).isEqualTo(2);
    assertThat(pacific.get(0).place().reason()).contains("Seattle");
  }

  @Test
  void placesNorthernIraqNorthOfTheCountrysCentre() {
    Sentence s = HandAnnotator.sentence(0, "Jets struck targets in northern Iraq .", 0, List.of("Iraq"),
        List.of());
    List<ResolvedMention> found = geocoder.resolve(article(s), List.of()).mentions();
    assertThat(found).hasSize(1);
    Place p = found.get(0).place();
    assertThat(p.name()).isEqualTo("northern Iraq");
    assertThat(p.precision()).isEqualTo(2);
    assertThat(p.lat()).isGreaterThan(34.5);
  }

  @Test
  void readsBorderBetweenTwoNamedCountries() {
    Sentence s = HandAnnotator.sentence(0, "Shells fell on the border between Russia and Ukraine .", 0,
        List.of("Russia", "Ukraine"), List.of());
    List<ResolvedMention> found = new ArrayList<>(geocoder.resolve(article(s), List.of()).mentions());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).place().countries()).containsExactly("RUS", "UKR");
  }

  @Test
  void readsTheNorthOfACountryAsItsNorthernPart() {
    Sentence s = HandAnnotator.sentence(0, "Rebels advanced in the north of Syria .", 0, List.of("Syria"),
        List.of());
    Place p = geocoder.resolve(article(s), List.of()).mentions().get(0).place();
    assertThat(p.name()).isEqualTo("northern Syria");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void readsCountryPossessiveDirectionAsPart() {
    Sentence s = HandAnnotator.sentence(0, "Fighting spread across Syria's northwest .", 0, List.of("Syria"),
        List.of());
    Place p = geocoder.resolve(article(s), List.of()).mentions().get(0).place();
    assertThat(p.name()).isEqualTo("northwestern Syria");
  }

  @Test
  void takesUntaggedTownAfterInOnlyInsideTheArticlesCountries() {
    Sentence s = HandAnnotator.sentence(0, "Troops from Ukraine withdrew from positions in Avdiivka .", 0,
        List.of("Ukraine"), List.of());
    Sentence other = HandAnnotator.sentence(0, "The senator spoke in Congress on Tuesday .", 0, List.of(),
        List.of());
    List<ResolvedMention> ukraine = geocoder.resolve(article(s), List.of()).mentions();
    List<ResolvedMention> congress = geocoder.resolve(article(other), List.of("USA")).mentions();
    assertThat(ukraine).extracting(m -> m.place().country()).containsExactly("UKR", "UKR");
    assertThat(congress).isEmpty();
  }

  @Test
  void prefersTheTownInsideTheRegionOfTheSameClause() {
    String text = "Israeli forces raided a camp near Jenin in the West Bank .";
    List<Dependency> deps = List.of(new Dependency(1, 0, "amod"), new Dependency(2, 1, "nsubj"),
        new Dependency(-1, 2, "root"), new Dependency(4, 3, "det"), new Dependency(2, 4, "obj"),
        new Dependency(6, 5, "case"), new Dependency(4, 6, "nmod:near"), new Dependency(10, 7, "case"),
        new Dependency(10, 8, "det"), new Dependency(10, 9, "compound"), new Dependency(2, 10, "obl:in"),
        new Dependency(2, 11, "punct"));
    AnnotatedArticle a = article(HandAnnotator.sentence(0, text, 0, List.of("Jenin", "West Bank"), deps));
    Place p = geocoder.locate(a, List.of(event(a, 0, "raided", null))).get(0).location();
    assertThat(p.precision()).isEqualTo(1);
    assertThat(Geo.km(p.lat(), p.lon(), 32.46, 35.30)).isLessThan(25);
  }

  @Test
  void theCityAPlaceNounNamesIsWhereTheActHappened() {
    String text = "Rebels fought in the city of Goma .";
    List<Dependency> deps = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
        new Dependency(4, 2, "case"), new Dependency(4, 3, "det"), new Dependency(1, 4, "obl:in"),
        new Dependency(6, 5, "case"), new Dependency(4, 6, "nmod:of"), new Dependency(1, 7, "punct"));
    AnnotatedArticle a = article(HandAnnotator.sentence(0, text, 0, List.of("Goma"), deps));
    Place p = geocoder.locate(a, List.of(event(a, 0, "fought", null))).get(0).location();
    assertThat(p.country()).isEqualTo("COD");
    assertThat(p.inferred()).isFalse();
  }

  @Test
  void theDistrictOfACityAsTheObjectOfAnAttackIsWhereItHappened() {
    String text = "Russian artillery shelled the district of Kharkiv .";
    List<Dependency> deps = List.of(new Dependency(1, 0, "amod"), new Dependency(2, 1, "nsubj"),
        new Dependency(-1, 2, "root"), new Dependency(4, 3, "det"), new Dependency(2, 4, "obj"),
        new Dependency(6, 5, "case"), new Dependency(4, 6, "nmod:of"), new Dependency(2, 7, "punct"));
    Sentence s = HandAnnotator.sentence(0, text, 0, List.of("Kharkiv"), deps);
    List<Token> tagged = new ArrayList<>(s.tokens());
    Token verb = tagged.get(2);
    tagged.set(2, new Token(2, verb.word(), "shell", "VBD", verb.ner(), verb.span()));
    AnnotatedArticle a = article(new Sentence(0, s.span(), s.text(), tagged, deps, List.of(), true, false));
    Place p = geocoder.locate(a, List.of(event(a, 0, "shelled", null))).get(0).location();
    assertThat(p.country()).isEqualTo("UKR");
    assertThat(p.inferred()).isFalse();
  }

  @Test
  void recoversPlacesTheNerTaggedAsPersonsInPlacePositions() {
    Sentence s = HandAnnotator.sentence(0, "Troops from Sudan fought in Wad Madani and Burkina Faso sent aid .", 0,
        List.of("Sudan"), List.of());
    List<Token> retagged = new ArrayList<>();
    for (Token t : s.tokens()) {
      boolean person = List.of("Wad", "Madani", "Burkina", "Faso").contains(t.word());
      retagged.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), person ? "PERSON" : t.ner(), t.span()));
    }
    Sentence mistagged = new Sentence(0, s.span(), s.text(), retagged, List.of(), List.of(), false, false);
    List<ResolvedMention> found = geocoder.resolve(article(mistagged), List.of()).mentions();
    assertThat(found).extracting(m -> m.place().country()).containsExactly("SDN", "SDN", "BFA");
  }
}
