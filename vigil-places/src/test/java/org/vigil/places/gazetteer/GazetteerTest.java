package org.vigil.places.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index built from the GeoNames-derived packages: countries, codes, borders, lookups. */
class GazetteerTest {
  private static Gazetteer gaz;

  @BeforeAll
  static void load() {
    gaz = Gazetteer.loadDefault();
  }

  @Test
  void mapsAlpha2ToAlpha3ThroughTheJdk() {
    int iraq = gaz.countryByCode("IQ").orElseThrow();
    assertThat(gaz.alpha3(iraq)).isEqualTo("IRQ");
    assertThat(gaz.kind(iraq)).isEqualTo(Gazetteer.Kind.COUNTRY);
  }

  @Test
  void findsEveryPlaceNamedTripoliInMoreThanOneCountry() {
    assertThat(java.util.Arrays.stream(gaz.lookup(PlaceNames.normalize("Tripoli")))
        .mapToObj(id -> gaz.alpha3(gaz.country(id)))).contains("LBY", "LBN");
  }

  @Test
  void derivesJordanSyriaBorderPointOnTheirCommonBorder() {
    int jor = gaz.countryByCode("JOR").orElseThrow();
    int syr = gaz.countryByCode("SYR").orElseThrow();
    double[] p = gaz.borderPoint(jor, syr).orElseThrow();
    assertThat(p[0]).isBetween(32.2, 33.4);
    assertThat(p[1]).isBetween(35.7, 38.8);
    assertThat(gaz.borderPoint(syr, jor)).isPresent();
  }

  @Test
  void hasNoBorderPointForCountriesWithoutLandBorder() {
    int fra = gaz.countryByCode("FRA").orElseThrow();
    int jpn = gaz.countryByCode("JPN").orElseThrow();
    assertThat(gaz.borderPoint(fra, jpn)).isEmpty();
  }

  @Test
  void keepsGeonamesIdsForPlaces() {
    int[] baghdad = gaz.lookup("baghdad");
    assertThat(java.util.Arrays.stream(baghdad).mapToObj(gaz::geonameId))
        .anySatisfy(id -> assertThat(id).isPresent());
  }
}
