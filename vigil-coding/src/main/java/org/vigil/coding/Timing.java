package org.vigil.coding;

import java.time.LocalDate;
import java.util.Locale;
import org.vigil.model.Dependency;
import org.vigil.model.TimeExpression;

/**
 * Dates an event from its clause's time expressions and tells when the act lies clearly before the article's
 * window ("in recent months", "in 2019", "three years ago"). Stateless; thread-safe.
 */
final class Timing {
  private static final int WINDOW_DAYS = 31;

  private Timing() {}

  /** The day named in the clause of {@code trigger}, or the article date. */
  static LocalDate date(Graph g, int trigger, LocalDate articleDate) {
    for (TimeExpression t : g.sentence().times()) {
      LocalDate d = day(t);
      if (d != null && attachedTo(g, t, trigger)) {
        return d;
      }
    }
    return articleDate;
  }

  /** True when the clause of {@code trigger} places the act clearly before the article's window. */
  static boolean historical(Graph g, int trigger, LocalDate articleDate) {
    for (TimeExpression t : g.sentence().times()) {
      if (!attachedTo(g, t, trigger)) {
        continue;
      }
      LocalDate d = day(t);
      String text = t.text().toLowerCase(Locale.ROOT);
      if (d != null && d.isBefore(articleDate.minusDays(WINDOW_DAYS))) {
        return true;
      }
      if (t.value() != null && t.value().matches("\\d{4}") && Integer.parseInt(t.value()) < articleDate.getYear()) {
        return true;
      }
      if (text.contains("recent") || text.contains("past") || text.endsWith("ago") && d == null) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate day(TimeExpression t) {
    if (t.date() != null) {
      return t.date();
    }
    String v = t.value();
    if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(v);
    }
    return null;
  }

  /** True when some token of {@code t} hangs (through nominal links) from {@code trigger}'s clause. */
  private static boolean attachedTo(Graph g, TimeExpression t, int trigger) {
    for (int i = Math.max(0, t.startToken()); i < Math.min(t.endToken(), g.size()); i++) {
      int at = i;
      for (int hops = 0; hops < 6; hops++) {
        Dependency h = g.primaryHead(at);
        if (h == null) {
          break;
        }
        at = h.governor();
        if (at == trigger) {
          return true;
        }
        if (g.token(at).isVerb()) {
          break;
        }
      }
    }
    return false;
  }
}
