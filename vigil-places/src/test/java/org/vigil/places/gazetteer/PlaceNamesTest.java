package org.vigil.places.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lookup keys fold the spellings news text and GeoNames use for the same place. */
class PlaceNamesTest {
  @Test
  void foldsAccentsAndCase() {
    assertThat(PlaceNames.normalize("Córdoba")).isEqualTo(PlaceNames.normalize("CORDOBA"));
  }

  @Test
  void dropsPeriodsSoAbbreviationsMatch() {
    assertThat(PlaceNames.normalize("U.S.")).isEqualTo("us");
  }

  @Test
  void foldsDotlessI() {
    assertThat(PlaceNames.normalize("Diyarbakır")).isEqualTo("diyarbakir");
  }

  @Test
  void readsStAsSaint() {
    assertThat(PlaceNames.normalize("St. Petersburg")).isEqualTo(PlaceNames.normalize("Saint Petersburg"));
  }

  @Test
  void stripsTrailingRegionWord() {
    assertThat(PlaceNames.withoutRegionWord("kherson oblast")).isEqualTo("kherson");
  }

  @Test
  void stripsLeadingArabicArticle() {
    assertThat(PlaceNames.withoutArticle(PlaceNames.normalize("Al Fallūjah"))).isEqualTo("fallujah");
  }
}
