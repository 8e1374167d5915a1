package org.vigil.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One actor converted from the Phoenix dictionaries before it is written: kind, aliases, Vigil codes and dated
 * roles, with the Phoenix file:line it came from. Immutable.
 *
 * @param kind PERSON (has dated roles), GROUP (one undated code) or SECTOR (agent nouns)
 * @param names aliases in Vigil's form, display name first
 * @param country country or organisation code, or null
 * @param sector sector code, or null
 * @param roles dated roles, most recent start first
 * @param source Phoenix file:line of the entry
 */
record PhoenixCandidate(ActorKind kind, List<String> names, String country, String sector, List<Span> roles,
    String source) {
  PhoenixCandidate {
    names = List.copyOf(names);
    roles = List.copyOf(roles);
  }

  /**
   * A dated role: Vigil country and sector, the Phoenix code as its title, and a half-open range; {@code from}
   * is null when Phoenix gives no start ("until ..."), {@code to} null when it gives no end.
   */
  record Span(String country, String sector, String code, LocalDate from, LocalDate to) {
    /** True when the two spans of one code touch or overlap, so they merge into one. */
    boolean touches(Span o) {
      boolean thisBefore = to != null && o.from != null && to.isBefore(o.from);
      boolean otherBefore = o.to != null && from != null && o.to.isBefore(from);
      return code.equals(o.code) && !thisBefore && !otherBefore;
    }

    Span merge(Span o) {
      LocalDate f = from == null || o.from == null ? null : (from.isBefore(o.from) ? from : o.from);
      LocalDate t = to == null || o.to == null ? null : (to.isAfter(o.to) ? to : o.to);
      return new Span(country, sector, code, f, t);
    }
  }

  PhoenixCandidate withNames(List<String> newNames) {
    return new PhoenixCandidate(kind, newNames, country, sector, roles, source);
  }

  /** The Vigil code of an undated entry, e.g. "IRQREB", for comparing with ours. */
  String code() {
    return (country == null ? "---" : country) + (sector == null ? "" : sector);
  }
}
