package org.vigil.places.gazetteer;

import java.util.List;

/** One populated place as read from the source data at build time, with its Latin-script alternate names. */
record SourceCity(
    int geonameId, String name, String country, String featureCode, String admin1, int population,
    double lat, double lon, List<String> alternates) {}
