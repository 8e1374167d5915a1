package org.vigil.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Filters for querying stored events; null means no filter. Only current versions are ever returned, and only
 * the modes in {@code modes} (asserted alone by default).
 *
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param actor a named-actor id or words of an actor's text, on either side
 * @param country a country code on either side
 * @param dyad two country or actor codes: source then target (either direction when {@code bothWays})
 * @param code CAMEO code or root prefix ("18", "0871")
 * @param plover PLOVER event type
 * @param modes modes to include ("asserted", ...); empty for all
 * @param place words of the place name, or its country code
 * @param text words the sentence contains
 * @param limit most rows, or 0 for all
 */
public record EventFilter(
    LocalDate from, LocalDate to, String actor, String country, List<String> dyad, String code, String plover,
    Set<String> modes, String place, String text, int limit) {
  public EventFilter {
    dyad = dyad == null ? List.of() : List.copyOf(dyad);
    modes = modes == null ? Set.of("asserted") : Set.copyOf(modes);
    if (!dyad.isEmpty() && dyad.size() != 2) {
      throw new IllegalArgumentException("dyad needs two codes, got " + dyad);
    }
  }

  /** All asserted events. */
  public static EventFilter asserted() {
    return new EventFilter(null, null, null, null, null, null, null, null, null, null, 0);
  }

  /** The WHERE clause (without the keyword) and its parameters, in order. */
  public String where(List<Object> params) {
    List<String> c = new ArrayList<>(List.of("is_current"));
    if (from != null) {
      c.add("date >= ?");
      params.add(java.sql.Date.valueOf(from));
    }
    if (to != null) {
      c.add("date <= ?");
      params.add(java.sql.Date.valueOf(to));
    }
    if (actor != null) {
      c.add("(src_actor = ? OR tgt_actor = ? OR src_text ILIKE ? OR tgt_text ILIKE ?)");
      params.addAll(List.of(actor, actor, "%" + actor + "%", "%" + actor + "%"));
    }
    if (country != null) {
      c.add("(src_country = upper(?) OR tgt_country = upper(?))");
      params.addAll(List.of(country, country));
    }
    if (!dyad.isEmpty()) {
      c.add("((src_country = upper(?) OR src_actor = ?) AND (tgt_country = upper(?) OR tgt_actor = ?))");
      params.addAll(List.of(dyad.get(0), dyad.get(0), dyad.get(1), dyad.get(1)));
    }
    if (code != null) {
      c.add("cameo LIKE ?");
      params.add(code + "%");
    }
    if (plover != null) {
      c.add("upper(plover) = upper(?)");
      params.add(plover);
    }
    if (!modes.isEmpty()) {
      c.add("mode IN (" + String.join(",", modes.stream().map(m -> "?").toList()) + ")");
      params.addAll(modes.stream().sorted().toList());
    }
    if (place != null) {
      c.add("(loc_name ILIKE ? OR loc_country = upper(?))");
      params.addAll(List.of("%" + place + "%", place));
    }
    if (text != null) {
      c.add("text ILIKE ?");
      params.add("%" + text + "%");
    }
    return String.join(" AND ", c);
  }
}
