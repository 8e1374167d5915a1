package org.vigil.store.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of one stored event that incident merging looks at, with the provenance each mention keeps.
 *
 * @param eventId unique stored event id
 * @param articleId article the event came from
 * @param version the article's version
 * @param sentence 0-based sentence index
 * @param spanStart sentence start offset (UTF-16)
 * @param spanEnd sentence end offset
 * @param outlet publishing outlet, or null when unknown
 * @param firstSeen when the store first saw the article
 * @param date event date
 * @param srcCountry source country or null
 * @param srcActor source named-actor id or null
 * @param tgtCountry target country or null
 * @param tgtActor target named-actor id or null
 * @param cameo CAMEO code
 * @param quadClass the code's QuadClass
 * @param place place name or null
 * @param placeCountry place country or null
 * @param lat latitude or null
 * @param lon longitude or null
 * @param fatalities reported deaths or null
 * @param fatalitiesQualifier "exact", "at least", ... or null
 */
public record EventFact(
    String eventId, String articleId, int version, int sentence, int spanStart, int spanEnd, String outlet,
    Instant firstSeen, LocalDate date, String srcCountry, String srcActor, String tgtCountry, String tgtActor,
    String cameo, int quadClass, String place, String placeCountry, Double lat, Double lon, Integer fatalities,
    String fatalitiesQualifier) {
  public EventFact {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(firstSeen, "firstSeen");
  }

  public String root() {
    return cameo.substring(0, 2);
  }

  /** Source and target country, "---" when unknown: the block within which reports can merge. */
  public String dyad() {
    return (srcCountry == null ? "---" : srcCountry) + "|" + (tgtCountry == null ? "---" : tgtCountry);
  }

  /** Who published it: the outlet, else the article (an article is at least its own source). */
  public String sourceKey() {
    return outlet != null && !outlet.isBlank() ? outlet.strip().toLowerCase(java.util.Locale.ROOT) : articleId;
  }
}
