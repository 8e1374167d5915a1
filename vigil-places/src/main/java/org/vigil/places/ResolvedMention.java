package org.vigil.places;

import java.util.List;
import java.util.Objects;
import org.vigil.model.Place;

/**
 * A place mention with the place it resolved to and the ranked candidates it was chosen from.
 *
 * @param mention the phrase
 * @param place the winner, with the reason it won
 * @param entity gazetteer entity id of the winner, or -1 for a border
 * @param countryIds gazetteer country ids the place touches
 * @param candidates all candidates, best first (empty for a border)
 */
public record ResolvedMention(
    PlaceMention mention, Place place, int entity, List<Integer> countryIds, List<PlaceCandidate> candidates) {
  public ResolvedMention {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(place, "place");
    countryIds = List.copyOf(countryIds);
    candidates = List.copyOf(candidates);
  }
}
