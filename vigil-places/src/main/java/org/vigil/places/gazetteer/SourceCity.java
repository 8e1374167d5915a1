package org.vigil.places.gazetteer;

/** One populated place as read from the source data at build time. */
record SourceCity(
    int geonameId, String name, String country, String featureCode, String admin1, int population,
    double lat, double lon) {}
