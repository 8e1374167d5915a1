package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedArticle;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.model.Place;
import org.vigil.model.Sentence;
import org.vigil.model.Span;

/** Seas, gulfs and straits are places of their own with no country, unless the text names the coast. */
class WaterPlacesTest {
  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = GazetteerGeocoder.loadDefault();
  }

  private static List<ResolvedMention> resolve(String text, List<String> tagged, List<String> actors) {
    AnnotatedArticle a = HandAnnotator.article(List.of(text), List.of(tagged));
    return geocoder.resolve(a, actors).mentions();
  }

  @Test
  void aGulfIsAPlaceOfItsOwnWithNoCountry() {
    List<ResolvedMention> found = resolve("Pirates boarded a freighter in the Gulf of Aden on Sunday .",
        List.of("Gulf of Aden"), List.of("SOM"));
    assertThat(found).hasSize(1);
    Place p = found.get(0).place();
    assertThat(p.name()).isEqualTo("Gulf of Aden");
    assertThat(p.country()).isNull();
    assertThat(p.countries()).isEmpty();
    assertThat(p.precision()).isEqualTo(2);
    assertThat(p.reason()).contains("gulf").contains("no country");
  }

  @Test
  void aSeaNamedLikeACoastalRegionIsTheSeaNotTheRegion() {
    Place p = resolve("A drone hit a cargo ship sailing in the Red Sea .", List.of("Red Sea"), List.of("SDN"))
        .get(0).place();
    assertThat(p.name()).isEqualTo("Red Sea");
    assertThat(p.country()).isNull();
  }

  @Test
  void theCoastTheTextNamesGivesTheWaterItsCountry() {
    List<ResolvedMention> found = resolve("A drone hit a cargo ship in the Red Sea off the coast of Eritrea .",
        List.of("Red Sea", "Eritrea"), List.of());
    assertThat(found.get(0).place().name()).isEqualTo("Red Sea");
    assertThat(found.get(0).place().country()).isEqualTo("ERI");
    assertThat(found.get(0).place().reason()).contains("off the coast of Eritrea");
  }

  @Test
  void aRegionNamedAfterASeaStaysTheRegion() {
    Place p = resolve("Floods cut roads across Red Sea State in Sudan .", List.of("Red Sea State", "Sudan"),
        List.of()).get(0).place();
    assertThat(p.country()).isEqualTo("SDN");
    assertThat(p.precision()).isEqualTo(2);
  }

  @Test
  void findsASeaNameTheTaggerSplitAroundACountryName() {
    List<ResolvedMention> found = resolve("Two rockets splashed down in the Sea of Japan .", List.of("Japan"),
        List.of("PRK"));
    assertThat(found).extracting(m -> m.place().name()).containsExactly("Sea of Japan");
  }

  @Test
  void anActInTheWaterTakesTheWaterAsItsPlaceAndNoCountry() {
    String text = "The navy fired two missiles into the Strait of Hormuz .";
    AnnotatedArticle a = HandAnnotator.article(List.of(text), List.of(List.of("Strait of Hormuz")));
    Sentence s = a.sentences().get(0);
    int at = text.indexOf("fired");
    Event fired = new Event("a", 0, s.span(), new Span(at, at + 5), text, LocalDate.of(2024, 1, 30),
        LocalDate.of(2024, 1, 30), null, null, new CameoCode("190", "fight", -10, 4, "ASSAULT", "", ""),
        Mode.ASSERTED, null, null, null, "test");
    Place p = geocoder.locate(a, List.of(fired)).get(0).location();
    assertThat(p.name()).isEqualTo("Strait of Hormuz");
    assertThat(p.country()).isNull();
    assertThat(p.inferred()).isFalse();
  }

  @Test
  void aOneWordSeaNameCountsOnlyAsTheHeadOfItsPhrase() {
    List<ResolvedMention> sea = resolve("Rescuers searched the Mediterranean .", List.of("Mediterranean"),
        List.of());
    List<ResolvedMention> diet = resolve("Doctors praised the Mediterranean diet .", List.of(), List.of());
    assertThat(sea).extracting(m -> m.place().name()).containsExactly("Mediterranean Sea");
    assertThat(diet).isEmpty();
  }

  @Test
  void readsTheBundledListAndRejectsABadLineNamingIt() {
    assertThat(WaterBodies.loadDefault().size()).isGreaterThan(80);
    assertThat(WaterBodies.loadDefault().byName("the Persian Gulf")).isPresent();
    assertThat(WaterBodies.loadDefault().byName("Arabian Gulf").get().name()).isEqualTo("Persian Gulf");
    BufferedReader bad = new BufferedReader(new StringReader("# header\nRed Sea\tsea\tnorth\t38\t\n"));
    assertThatThrownBy(() -> WaterBodies.read(bad, "seas.tsv"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seas.tsv:2");
  }

  @Test
  void articleWithOnlyAWaterPlaceHasNoFocusFromIt() {
    AnnotatedArticle a = new AnnotatedArticle(Article.of("a", LocalDate.of(2024, 1, 30),
        "Storms closed the Bay of Biscay ."), HandAnnotator.article(List.of("Storms closed the Bay of Biscay ."),
        List.of(List.of("Bay of Biscay"))).sentences(), List.of());
    assertThat(geocoder.resolve(a, List.of()).focus()).isEmpty();
  }
}
