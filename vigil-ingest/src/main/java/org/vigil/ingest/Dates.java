package org.vigil.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient parsing of publication dates as they appear in feeds, meta tags and records. Thread-safe. */
final class Dates {
  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

  private Dates() {}

  /** The day of an ISO date, ISO date-time (its own offset's day) or RFC 1123 date; empty when none. */
  static Optional<LocalDate> parse(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip();
    try {
      return Optional.of(OffsetDateTime.parse(t).toLocalDate());
    } catch (DateTimeParseException e) {
      // not a full ISO date-time with offset; try the other forms
    }
    try {
      return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    Matcher m = ISO_DAY.matcher(t);
    if (m.find()) {
      try {
        return Optional.of(LocalDate.parse(m.group(1)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The UTC day of an instant-like date. */
  static LocalDate utcDay(java.time.Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
