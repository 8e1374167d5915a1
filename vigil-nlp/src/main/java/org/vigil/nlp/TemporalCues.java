package org.vigil.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Token;

/**
 * A cheap test for whether a sentence may contain a date or time expression, so that the costly temporal
 * tagger runs only where it can find something. Errs on the side of yes. Stateless and thread-safe.
 */
public final class TemporalCues {
  private static final Set<String> WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "today", "yesterday", "tomorrow", "tonight", "overnight", "now", "currently", "recently",
      "morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "weekend", "week", "weeks",
      "month", "months", "year", "years", "decade", "decades", "century", "day", "days", "hour", "hours",
      "ago", "earlier", "later", "last", "next", "past", "previous", "coming", "spring", "summer", "autumn",
      "fall", "winter", "christmas", "ramadan", "eid", "easter", "annual", "daily", "weekly", "monthly");

  /** True when any token may start a temporal expression. */
  public boolean mayHoldTime(List<Token> tokens) {
    for (Token t : tokens) {
      if (isCue(t.word())) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code word} may be part of a temporal expression ("Monday", "ago", "2012", "3/14"). */
  public boolean isCue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return WORDS.contains(w) || looksNumericDate(w);
  }

  private static boolean looksNumericDate(String w) {
    if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)) {
      return true;
    }
    return w.matches("\\d{1,4}[/-]\\d{1,2}([/-]\\d{1,4})?") || w.matches("\\d{4}s");
  }
}
