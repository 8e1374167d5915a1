package org.vigil.places;

import java.util.Objects;
import org.vigil.model.Place;

/**
 * One gazetteer candidate for a place name, with its context score; {@code place.reason()} explains the score.
 *
 * @param id gazetteer entity id
 * @param place the candidate as a place record
 * @param score higher wins
 * @param population population (summed over its places for a region or country)
 */
public record PlaceCandidate(int id, Place place, double score, int population) {
  public PlaceCandidate {
    Objects.requireNonNull(place, "place");
  }
}
