package org.vigil.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A declared commitment and its fate: a ceasefire, cessation, truce or withdrawal pledge is broken when its
 * maker commits material conflict against the other side within the window; a threat is carried out when its
 * maker does. Events are rows of the corrected view (column name to value).
 *
 * @param kind ceasefire, withdrawal or threat
 * @param event the event that declared it
 * @param maker the side that made it (actor id, else country code)
 * @param counterpart the side it was made to, or null when the text names none
 * @param date the day it was made
 * @param until the last day of the window
 * @param fate held, broken, carried-out, not-carried-out or too-early
 * @param by who broke it first (the maker, or a group it backs), or null
 * @param evidence the material events that decide the fate (the maker's acts against the counterpart)
 * @param counterActs the counterpart's material acts against the maker in the window
 */
public record Commitment(String kind, Map<String, Object> event, String maker, String counterpart, LocalDate date,
    LocalDate until, String fate, String by, List<Map<String, Object>> evidence,
    List<Map<String, Object>> counterActs) {
  public Commitment {
    evidence = List.copyOf(evidence);
    counterActs = List.copyOf(counterActs);
  }
}
