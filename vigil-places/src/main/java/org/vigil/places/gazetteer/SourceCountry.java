package org.vigil.places.gazetteer;

import java.util.List;

/** One country as read from the {@code world-countries} package at build time, with its outline vertices. */
record SourceCountry(
    String alpha2, String alpha3, String name, List<String> names, List<String> demonyms, double lat,
    double lon, List<String> borders, double[] outline) {}
