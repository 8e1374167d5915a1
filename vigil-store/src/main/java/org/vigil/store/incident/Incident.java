package org.vigil.store.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One real-world incident as reported by one or more events, possibly across articles, outlets and days. Its
 * attributes are the most frequent among its reports (ties broken by value), and {@code confidence} rises with
 * the number of independent sources: 1 - 0.5^sources.
 *
 * @param id stable id derived from the incident's first event id
 * @param mentions every report, in event-id order
 */
public record Incident(
    String id, String dyad, String srcCountry, String srcActor, String tgtCountry, String tgtActor,
    String root, String cameo, int quadClass, LocalDate dateStart, LocalDate dateEnd, String place, Double lat,
    Double lon, Integer fatalitiesMin, Integer fatalitiesMax, int sources, double confidence, Instant firstSeen,
    List<EventFact> mentions) {
  public Incident {
    mentions = List.copyOf(mentions);
  }
}
