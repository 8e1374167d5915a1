package org.vigil.places.eval;

import java.util.List;
import java.util.Objects;

/**
 * An expected place mention: the text in sentence {@code sentence} (its first whole-word occurrence) and what
 * it should resolve to — coordinates (within 25 km), the two countries of a border, a region's name, or a
 * precision (3 for a country, 2 for a part such as "northern Iraq") — and always its country ("" for a
 * place of no country: a sea, gulf or strait).
 */
public record GoldPlace(
    int sentence, String text, String country, Double lat, Double lon, List<String> countries, String region,
    Integer precision) {
  public GoldPlace {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(country, "country");
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  /** First whole-word occurrence of {@code p} in {@code s} ("Israel" not inside "Israel-Lebanon"), or -1. */
  public static int find(String s, String p) {
    for (int at = s.indexOf(p); at >= 0; at = s.indexOf(p, at + 1)) {
      int end = at + p.length();
      if ((at == 0 || !wordChar(s.charAt(at - 1))) && (end == s.length() || !wordChar(s.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }
}
