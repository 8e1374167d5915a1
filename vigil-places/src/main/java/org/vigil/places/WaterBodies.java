package org.vigil.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.model.Token;
import org.vigil.places.gazetteer.PlaceNames;

/**
 * The named seas, gulfs, bays, straits, channels, oceans and shared lakes of {@code water-bodies.tsv}: places
 * of their own that belong to no country, found in a sentence by their names. Immutable and thread-safe.
 */
public final class WaterBodies {
  /** Classpath location of the bundled list. */
  public static final String RESOURCE = "/org/vigil/places/water-bodies.tsv";

  /** One water body: its name, kind (sea, gulf, strait, ...) and approximate centre. */
  public record Body(String name, String kind, double lat, double lon) {}

  /** A water body named by tokens {@code [start, end)}. */
  public record Match(Body body, int start, int end) {}

  private static final Set<String> COAST_WORDS = Set.of("coast", "coasts", "shore", "shores", "coastline");
  private final Map<String, Body> byKey;
  private final int longest;

  private WaterBodies(Map<String, Body> byKey) {
    this.byKey = Map.copyOf(byKey);
    this.longest = byKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }

  /** The bundled list; a bad line fails citing the resource and line. */
  public static WaterBodies loadDefault() {
    try (InputStream in = WaterBodies.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("water body list " + RESOURCE + " not on the classpath");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  /** Reads the tab-separated list ({@code name kind lat lon other-names}); {@code origin} names it in errors. */
  static WaterBodies read(BufferedReader in, String origin) throws IOException {
    Map<String, Body> byKey = new HashMap<>();
    int n = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Body b;
      try {
        if (f.length < 4 || f[0].isBlank() || f[1].isBlank()) {
          throw new IllegalArgumentException("want name, kind, lat, lon[, other names]");
        }
        b = new Body(f[0].strip(), f[1].strip(), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
        if (Math.abs(b.lat()) > 90 || Math.abs(b.lon()) > 180) {
          throw new IllegalArgumentException("latitude or longitude out of range");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(origin + ":" + n + ": bad water body line: " + e.getMessage(), e);
      }
      byKey.put(PlaceNames.normalize(b.name()), b);
      if (f.length > 4) {
        for (String alias : f[4].split(";")) {
          if (!alias.isBlank()) {
            byKey.put(PlaceNames.normalize(alias), b);
          }
        }
      }
    }
    return new WaterBodies(byKey);
  }

  /** The body a name denotes ("the Red Sea", "Strait of Hormuz"), if it is one. */
  public Optional<Body> byName(String name) {
    String key = PlaceNames.normalize(name);
    Body b = byKey.get(key);
    if (b == null && key.startsWith("the ")) {
      b = byKey.get(key.substring(4));
    }
    return Optional.ofNullable(b);
  }

  public int size() {
    return (int) byKey.values().stream().distinct().count();
  }

  /**
   * The longest water body name starting at token {@code i}: a capitalised first word; not part of a longer
   * proper name or a region's name ("Red Sea State", "Black Sea Fleet", "Red Sea governorate"); a one-word
   * name only after "the" and not before a noun ("the Mediterranean", not "Mediterranean diet").
   */
  public Optional<Match> match(List<Token> t, int i) {
    if (t.get(i).word().isEmpty() || !Character.isUpperCase(t.get(i).word().charAt(0))) {
      return Optional.empty();
    }
    for (int end = Math.min(t.size(), i + longest); end > i; end--) {
      Body b = byKey.get(PlaceNames.normalize(PlaceMentionFinder.text(t, i, end)));
      if (b != null && fits(t, i, end)) {
        return Optional.of(new Match(b, i, end));
      }
    }
    return Optional.empty();
  }

  private static boolean fits(List<Token> t, int start, int end) {
    if (end < t.size()) {
      String next = t.get(end).word();
      boolean name = !next.isEmpty() && Character.isUpperCase(next.charAt(0))
          && t.get(end).pos().startsWith("NNP");
      if (name || PlaceNames.isRegionWord(next)) {
        return false;
      }
    }
    if (end - start > 1) {
      return true;
    }
    boolean afterThe = start > 0 && t.get(start - 1).word().toLowerCase(Locale.ROOT).equals("the");
    boolean beforeNoun = end < t.size() && t.get(end).pos().startsWith("NN");
    return afterThe && !beforeNoun;
  }

  /**
   * The land a water body is said to lie off, right after its name: "off the coast of Yemen", "off Yemen's
   * coast", "off the Yemeni coast"; empty when the text says none.
   */
  static String coastOf(List<Token> t, int after) {
    int k = after < t.size() && t.get(after).word().equals(",") ? after + 1 : after;
    if (k >= t.size() || !word(t.get(k)).equals("off")) {
      return "";
    }
    k = k + 1 < t.size() && word(t.get(k + 1)).equals("the") ? k + 2 : k + 1;
    if (k + 2 < t.size() && COAST_WORDS.contains(word(t.get(k))) && word(t.get(k + 1)).equals("of")) {
      return PlaceMentionFinder.text(t, k + 2, nameEnd(t, k + 2));
    }
    int end = nameEnd(t, k);
    int c = end < t.size() && t.get(end).word().matches("'s|’s") ? end + 1 : end;
    boolean coast = end > k && c < t.size() && COAST_WORDS.contains(word(t.get(c)));
    return coast ? PlaceMentionFinder.text(t, k, end) : "";
  }

  private static String word(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static int nameEnd(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && PlaceMentionFinder.isName(t.get(k))) {
      k++;
    }
    return k;
  }
}
