package org.vigil.coding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.vigil.model.Dependency;
import org.vigil.model.TimeExpression;

/**
 * Dates an event from its clause's time expressions and tells when the act lies clearly before the article's
 * window ("in recent months", "in 2019", "three years ago"). Stateless; thread-safe.
 */
final class Timing {
  private static final int WINDOW_DAYS = 31;
  private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("P(\\d+)([YMWD])");

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

  /**
   * True when the clause of {@code trigger}, or a clause it depends on ("days after Canada arrested ..." under a
   * clause dated 2018), places the act clearly before the article's window.
   */
  static boolean historical(Graph g, int trigger, LocalDate articleDate) {
    int at = trigger;
    for (int hops = 0; hops < 3 && at >= 0; hops++) {
      if (clauseHistorical(g, at, articleDate) || sharedTime(g, at) >= 0 && clauseHistorical(g, sharedTime(g, at),
          articleDate)) {
        return true;
      }
      at = g.governingVerb(at, 4);
    }
    return false;
  }

  /**
   * The last verb conjoined to {@code v} when {@code v} has no time of its own: a time at the end of a coordination
   * ("massacred men and enslaved women in August 2014") hangs from the last conjunct but dates them all; else -1.
   */
  private static int sharedTime(Graph g, int v) {
    for (TimeExpression t : g.sentence().times()) {
      if (attachedTo(g, t, v)) {
        return -1;
      }
    }
    int last = -1;
    for (Dependency d : g.children(v)) {
      if (d.relation().startsWith("conj") && d.dependent() > v && g.token(d.dependent()).isVerb()) {
        last = Math.max(last, d.dependent());
      }
    }
    return last;
  }

  private static boolean clauseHistorical(Graph g, int trigger, LocalDate articleDate) {
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
      if (spanOfYears(g, t)) {
        return true; // "met him 25 times during his years as prime minister": a record, not this week's act
      }
      if (g.hasChildLemma(trigger, "mark", java.util.Set.of("after")) && longerThanWindow(t.value())) {
        return true; // "a century after they were looted": the clause lies that long before the main one
      }
      LocalDate month = t.value() != null && t.value().matches("\\d{4}-\\d{2}") ? parse(t.value() + "-01") : null;
      if (month != null && month.plusMonths(1).isBefore(articleDate.minusDays(WINDOW_DAYS))) {
        return true;
      }
    }
    return earlierYear(g, trigger, articleDate);
  }

  /**
   * An incident re-mentioned from before the article's news: a time hanging from {@code trigger} itself ("struck
   * last week", "last week's attack") that says last week or month, earlier this month or year, or the weekend when the article
   * is from Tuesday on (rule past-incident).
   */
  static boolean reMentioned(Graph g, int trigger, LocalDate articleDate) {
    if (trigger < 0 || g.hasChildLemma(trigger, "aux", java.util.Set.of("have"))) {
      return false; // "has advised ... after the shooting last week": the perfect takes no "last week"
    }
    for (TimeExpression t : g.sentence().times()) {
      String text = t.text().toLowerCase(Locale.ROOT);
      boolean earlier = text.matches(".*\\b(last|previous|past) (week|month)\\b.*")
          || text.matches(".*\\bearlier (this|in the) (week|month|year)\\b.*");
      boolean weekend = text.contains("weekend") && !text.contains("this weekend") && !text.contains("next")
          && articleDate.getDayOfWeek().getValue() >= java.time.DayOfWeek.TUESDAY.getValue()
          && articleDate.getDayOfWeek().getValue() <= java.time.DayOfWeek.FRIDAY.getValue();
      if ((earlier || weekend) && hangsFrom(g, t, trigger)) {
        return true;
      }
    }
    return false;
  }

  /** True when a token of {@code t} has {@code x} as its own head ("last week's attack", "struck last week"). */
  private static boolean hangsFrom(Graph g, TimeExpression t, int x) {
    for (int i = Math.max(0, t.startToken()); i < Math.min(t.endToken(), g.size()); i++) {
      Dependency h = g.primaryHead(i);
      if (h != null && h.governor() == x) {
        return true;
      }
    }
    return false;
  }

  /** "in 1988", "since 2011": a bare year before the article's year on the clause. */
  private static boolean earlierYear(Graph g, int trigger, LocalDate articleDate) {
    for (Dependency d : g.children(trigger)) {
      String w = g.token(d.dependent()).word();
      if (d.relation().startsWith("obl") && w.matches("(1[89]|20)\\d\\d")
          && Integer.parseInt(w) < articleDate.getYear()) {
        return true;
      }
      for (Dependency m : g.children(d.dependent())) {
        String mw = g.token(m.dependent()).word();
        if (d.relation().startsWith("obl") && mw.matches("(1[89]|20)\\d\\d")
            && Integer.parseInt(mw) < articleDate.getYear()) {
          return true;
        }
      }
    }
    return false;
  }

  /** "during his years in office", "during three decades": acts spread over years of the past. */
  private static boolean spanOfYears(Graph g, TimeExpression t) {
    if (t.value() == null || !t.value().matches("P(\\d+|X)Y") || t.endToken() > g.size()) {
      return false;
    }
    Dependency h = g.primaryHead(t.endToken() - 1);
    return h != null && h.relation().equals("obl:during");
  }

  /** A duration value ("P100Y", "P3M") longer than the article's window. */
  private static boolean longerThanWindow(String value) {
    java.util.regex.Matcher m = value == null ? null : DURATION.matcher(value);
    if (m == null || !m.matches()) {
      return false;
    }
    long n = Long.parseLong(m.group(1));
    long days = switch (m.group(2)) {
      case "Y" -> n * 365;
      case "M" -> n * 30;
      case "W" -> n * 7;
      default -> n;
    };
    return days > WINDOW_DAYS;
  }

  private static LocalDate day(TimeExpression t) {
    if (t.date() != null) {
      return t.date();
    }
    String v = t.value();
    if (v != null && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return parse(v);
    }
    return null;
  }

  private static LocalDate parse(String isoDay) {
    try {
      return LocalDate.parse(isoDay);
    } catch (DateTimeParseException e) {
      return null;
    }
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
