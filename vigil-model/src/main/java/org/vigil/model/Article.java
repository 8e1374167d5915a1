package org.vigil.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A dated news article as read from its source, before any annotation.
 *
 * @param id stable identifier (file name without extension, record id, or URL hash)
 * @param date publication date, the anchor for relative dates in the text
 * @param text the article body; all spans of later stages index into it
 * @param title headline or null
 * @param url source URL or null
 * @param outlet publishing outlet or null
 * @param origin where it was read from (file path, file:record) for error reports and provenance
 * @param extra further fields of the source record, kept as read
 */
public record Article(
    String id,
    LocalDate date,
    String text,
    String title,
    String url,
    String outlet,
    String origin,
    Map<String, String> extra) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  public static Article of(String id, LocalDate date, String text) {
    return new Article(id, date, text, null, null, null, id, Map.of());
  }
}
