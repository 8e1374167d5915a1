package org.vigil.model;

import java.util.List;

/**
 * A resolved place.
 *
 * @param name the place name (as resolved, e.g. "Jordan-Syria border", "Baghdad")
 * @param country ISO alpha-3 of the place's country
 * @param countries all countries the place touches (two for a border), first = {@code country}
 * @param lat latitude in degrees, or null
 * @param lon longitude in degrees, or null
 * @param precision 1 exact place, 2 admin region, 3 country
 * @param geonameId GeoNames id when known, else null
 * @param inferred true when the clause named no place and this is the article's focus place
 * @param reason why this candidate won
 */
public record Place(
    String name,
    String country,
    List<String> countries,
    Double lat,
    Double lon,
    int precision,
    Long geonameId,
    boolean inferred,
    String reason) {
  public Place {
    countries = countries == null ? List.of() : List.copyOf(countries);
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException("precision must be 1..3: " + precision);
    }
  }
}
