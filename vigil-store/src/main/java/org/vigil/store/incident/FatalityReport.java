package org.vigil.store.incident;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a report states a death toll: "at least 3", "more than 3", "up to 3", "about 3", or an exact 3. Read from
 * the words before the number in the sentence. Stateless and thread-safe.
 */
public final class FatalityReport {
  private static final Pattern QUALIFIED = Pattern.compile(
      "(?i)\\b(at least|at the least|no fewer than|more than|over|up to|as many as|about|around|nearly|almost"
          + "|some|roughly|approximately)\\s+(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens)\\b");

  private FatalityReport() {}

  /**
   * The qualifier of the death toll {@code fatalities} in {@code sentence}: "at least", "more than", "up to",
   * "about" or "exact"; empty when there is no toll.
   */
  public static Optional<String> qualifier(String sentence, Integer fatalities) {
    if (fatalities == null) {
      return Optional.empty();
    }
    if (sentence == null) {
      return Optional.of("exact");
    }
    Matcher m = QUALIFIED.matcher(sentence);
    while (m.find()) {
      String q = m.group(1).toLowerCase(Locale.ROOT);
      String n = m.group(2).toLowerCase(Locale.ROOT);
      if (n.equals(String.valueOf(fatalities)) || !Character.isDigit(n.charAt(0))) {
        return Optional.of(normal(q));
      }
    }
    return Optional.of("exact");
  }

  private static String normal(String q) {
    return switch (q) {
      case "at least", "at the least", "no fewer than" -> "at least";
      case "more than", "over" -> "more than";
      case "up to", "as many as" -> "up to";
      default -> "about";
    };
  }
}
