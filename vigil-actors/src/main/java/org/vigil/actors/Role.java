package org.vigil.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated role of a person: an office of a country ({@code country} and {@code sector}) or a position in a
 * named group ({@code org}). The range is half-open {@code [from, to)}; {@code to} is null while the role
 * lasts; {@code from} is {@link #UNKNOWN_START} when the source gives only an end. Immutable.
 *
 * @param country ISO alpha-3 or IGO code, or null for a group role
 * @param sector sector code, or null for a group role
 * @param org id of the group the role belongs to, or null for an office of a country
 * @param title the office, e.g. "Defense Secretary"
 * @param from first day in the role
 * @param to the day the role ended (successor's first day), or null when ongoing
 * @param source file:line of the role
 */
public record Role(
    String country, String sector, String org, String title, LocalDate from, LocalDate to, String source) {
  /** The start of a role whose source gives only its end (written with an empty start, "..2006-12-31"). */
  public static final LocalDate UNKNOWN_START = LocalDate.of(1, 1, 1);

  public Role {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(source, "source");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("role ends before it starts: " + source);
    }
  }

  /** True when the person held the role on {@code date}. */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }

  /** True when the two ranges share at least one day. */
  public boolean overlaps(Role other) {
    boolean thisEndsFirst = to != null && !to.isAfter(other.from);
    boolean otherEndsFirst = other.to != null && !other.to.isAfter(from);
    return !thisEndsFirst && !otherEndsFirst;
  }

  /** The range as written in the files, e.g. "2021-01-22..2025-01-20" or "2022-10-27..". */
  public String range() {
    return (from.equals(UNKNOWN_START) ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
  }

  /** The group this role belongs to, if any. */
  public Optional<String> orgId() {
    return Optional.ofNullable(org);
  }
}
