package org.vigil.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.analytics.DyadSide;
import org.vigil.model.Mode;
import org.vigil.store.EventFilter;

/**
 * Reads and checks a request's query parameters: each getter returns the typed value or throws a 400 problem
 * naming the parameter. Free text is bounded in length and only ever bound into SQL, never written into it.
 */
final class QueryParams {
  private static final Pattern CODE = Pattern.compile("\\d{1,4}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2,6}");
  private static final Pattern PLOVER = Pattern.compile("[A-Za-z_]{2,32}");
  static final int MAX_TEXT = 200;
  private final Context ctx;

  QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  String raw(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  LocalDate date(String name) {
    String v = raw(name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badParameter(name, "not a date (YYYY-MM-DD): '" + clip(v) + "'");
    }
  }

  int integer(String name, int dflt, int min, int max) {
    String v = raw(name);
    if (v == null) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v);
      if (i < min || i > max) {
        throw ApiProblem.badParameter(name, "must be between " + min + " and " + max + ", got " + i);
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "not a whole number: '" + clip(v) + "'");
    }
  }

  double decimal(String name, double dflt, double min, double max) {
    String v = raw(name);
    if (v == null) {
      return dflt;
    }
    try {
      double d = Double.parseDouble(v);
      if (!(d >= min && d <= max)) {
        throw ApiProblem.badParameter(name, "must be between " + min + " and " + max + ", got " + clip(v));
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "not a number: '" + clip(v) + "'");
    }
  }

  String text(String name) {
    String v = raw(name);
    if (v != null && v.length() > MAX_TEXT) {
      throw ApiProblem.badParameter(name, "longer than " + MAX_TEXT + " characters");
    }
    return v;
  }

  String matching(String name, Pattern p, String what) {
    String v = raw(name);
    if (v != null && !p.matcher(v).matches()) {
      throw ApiProblem.badParameter(name, "not " + what + ": '" + clip(v) + "'");
    }
    return v;
  }

  /** A side of a dyad: a country code or actor id. */
  String side(String name, boolean required) {
    String v = raw(name);
    if (v == null && required) {
      throw ApiProblem.badParameter(name, "is required (a country code or actor id)");
    }
    if (v != null && !DyadSide.isCode(v)) {
      throw ApiProblem.badParameter(name, "not a country code or actor id: '" + clip(v) + "'");
    }
    return v;
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E dflt) {
    String v = raw(name);
    if (v == null) {
      return dflt;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    throw ApiProblem.badParameter(name, "must be one of " + choices(type) + ", got '" + clip(v) + "'");
  }

  private static <E extends Enum<E>> String choices(Class<E> type) {
    StringBuilder s = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      s.append(s.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }

  /** Every filter of {@code vigil events}: from, to, actor, country, dyad, code, plover, mode, place, text. */
  EventFilter eventFilter() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiProblem.badParameter("to", "is before 'from'");
    }
    List<String> dyad = null;
    String d = raw("dyad");
    if (d != null) {
      String[] parts = d.split(",", -1);
      if (parts.length != 2 || !DyadSide.isCode(parts[0].trim()) || !DyadSide.isCode(parts[1].trim())) {
        throw ApiProblem.badParameter("dyad", "needs two country codes or actor ids, 'SRC,TGT': '" + clip(d) + "'");
      }
      dyad = List.of(parts[0].trim(), parts[1].trim());
    }
    return new EventFilter(from, to, text("actor"), matching("country", COUNTRY, "a country code"), dyad,
        matching("code", CODE, "a CAMEO code or root (1-4 digits)"), matching("plover", PLOVER, "a PLOVER type"),
        modes(), text("place"), text("text"), 0);
  }

  /** The modes to include: a comma list of mode names, or "all"; asserted alone when absent. */
  Set<String> modes() {
    String v = raw("mode");
    if (v == null) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String m : v.split(",")) {
      if (m.trim().equalsIgnoreCase("all")) {
        return Set.of();
      }
      try {
        out.add(Mode.parse(m).label());
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badParameter("mode", "unknown mode '" + clip(m) + "' (asserted, negated, hypothetical,"
            + " future, historical, reported, all)");
      }
    }
    return out;
  }

  /** Shortens a value echoed back in an error message. */
  static String clip(String v) {
    String s = v.length() > 40 ? v.substring(0, 40) + "…" : v;
    return s.replaceAll("[\\p{Cntrl}]", "?");
  }
}
