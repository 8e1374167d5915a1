package org.vigil.places.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The loaded gazetteer: countries, admin-1 regions and populated places in parallel primitive arrays
 * (entity ids: [countries][regions][places]) with a sorted name-hash index. Immutable and thread-safe once
 * loaded; built by {@link GazetteerIndexBuilder} during the Maven build.
 */
public final class Gazetteer {
  /** Classpath location of the index written by the build. */
  public static final String RESOURCE = "/org/vigil/places/gazetteer.bin";

  /** What an entity id denotes. */
  public enum Kind { COUNTRY, REGION, PLACE }

  private final String[] alpha2;
  private final String[] alpha3;
  private final int regions;
  private final int[] borderPairs;
  private final float[] borderPoints;
  private final float[] directionPoints;
  private final String[] features;
  private final int[] nameOffsets;
  private final String names;
  private final float[] lat;
  private final float[] lon;
  private final int[] population;
  private final short[] country;
  private final int[] admin;
  private final byte[] feature;
  private final int[] geonameId;
  private final long[] keyHashes;
  private final int[] keyStarts;
  private final int[] postings;

  private Gazetteer(ByteBuffer in) {
    if (in.getInt() != GazetteerIndexWriter.MAGIC) {
      throw new IllegalStateException("gazetteer index has an unknown format; rebuild vigil-places");
    }
    int nc = in.getInt();
    regions = in.getInt();
    int n = nc + regions + in.getInt();
    alpha2 = new String[nc];
    alpha3 = new String[nc];
    for (int i = 0; i < nc; i++) {
      alpha2[i] = utf(in);
      alpha3[i] = utf(in);
    }
    int pairs = in.getInt();
    borderPairs = new int[pairs];
    borderPoints = new float[pairs * 2];
    for (int i = 0; i < pairs; i++) {
      borderPairs[i] = in.getShort() << 16 | in.getShort();
      borderPoints[2 * i] = in.getFloat();
      borderPoints[2 * i + 1] = in.getFloat();
    }
    directionPoints = floats(in, nc * Direction.values().length * 2);
    features = new String[in.getInt()];
    for (int i = 0; i < features.length; i++) {
      features[i] = utf(in);
    }
    nameOffsets = ints(in, n + 1);
    names = utf8(in);
    lat = floats(in, n);
    lon = floats(in, n);
    population = ints(in, n);
    country = shorts(in, n);
    admin = ints(in, n);
    feature = new byte[n];
    in.get(feature);
    geonameId = ints(in, n);
    keyHashes = longs(in, in.getInt());
    keyStarts = ints(in, keyHashes.length + 1);
    postings = ints(in, keyStarts[keyHashes.length]);
  }

  /** Loads the index the build placed on the classpath; fails with a clear message when it is missing. */
  public static Gazetteer loadDefault() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer index " + RESOURCE + " not on the classpath; "
            + "build vigil-places with Maven (it fetches and indexes the GeoNames data)");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading gazetteer index " + RESOURCE, e);
    }
  }

  /** Loads an index from a stream (read fully, not closed). */
  public static Gazetteer load(InputStream in) throws IOException {
    return new Gazetteer(ByteBuffer.wrap(in.readAllBytes()));
  }

  /** Entity ids whose name (or alternative spelling) normalises to {@code key}; demonyms excluded. */
  public int[] lookup(String key) {
    return postings(key, false);
  }

  /** True when entity {@code id} is found under {@code key} only by one of its alternate names. */
  public boolean isAlternateMatch(String key, int id) {
    int k = Arrays.binarySearch(keyHashes, PlaceNames.hash(key));
    for (int p = k < 0 ? 0 : keyStarts[k]; k >= 0 && p < keyStarts[k + 1]; p++) {
      if (postings[p] == (id | GazetteerIndexWriter.ALTERNATE_FLAG)) {
        return true;
      }
    }
    return false;
  }

  /** Country entity ids whose demonym normalises to {@code key} ("syrian" gives Syria). */
  public int[] lookupDemonym(String key) {
    return postings(key, true);
  }

  private int[] postings(String key, boolean demonyms) {
    int k = Arrays.binarySearch(keyHashes, PlaceNames.hash(key));
    if (k < 0) {
      return new int[0];
    }
    int[] out = new int[keyStarts[k + 1] - keyStarts[k]];
    int m = 0;
    for (int p = keyStarts[k]; p < keyStarts[k + 1]; p++) {
      boolean demonym = (postings[p] & GazetteerIndexWriter.DEMONYM_FLAG) != 0;
      if (demonym == demonyms) {
        out[m++] = postings[p] & ~(GazetteerIndexWriter.DEMONYM_FLAG | GazetteerIndexWriter.ALTERNATE_FLAG);
      }
    }
    return m == out.length ? out : Arrays.copyOf(out, m);
  }

  public Kind kind(int id) {
    return id < alpha3.length ? Kind.COUNTRY : id < alpha3.length + regions ? Kind.REGION : Kind.PLACE;
  }

  public String name(int id) {
    return names.substring(nameOffsets[id], nameOffsets[id + 1]);
  }

  public double lat(int id) {
    return lat[id];
  }

  public double lon(int id) {
    return lon[id];
  }

  /** Population (for a country or region: the sum over its places of at least 1000 people). */
  public int population(int id) {
    return population[id];
  }

  /** The country entity id of an entity (itself for a country). */
  public int country(int id) {
    return country[id];
  }

  /** The admin-1 region entity id of a place, or -1. */
  public int region(int id) {
    return admin[id];
  }

  /** GeoNames feature code (PPLC capital, PPLA admin seat, ..., PCLI country, ADM1 region). */
  public String featureCode(int id) {
    return features[feature[id]];
  }

  /** GeoNames id of a place; empty for countries and regions. */
  public Optional<Long> geonameId(int id) {
    return geonameId[id] == 0 ? Optional.empty() : Optional.of((long) geonameId[id]);
  }

  public String alpha3(int countryId) {
    return alpha3[countryId];
  }

  public String alpha2(int countryId) {
    return alpha2[countryId];
  }

  public int countryCount() {
    return alpha3.length;
  }

  public int size() {
    return lat.length;
  }

  /** Country entity id for an ISO alpha-2 or alpha-3 code. */
  public Optional<Integer> countryByCode(String code) {
    for (int i = 0; i < alpha3.length; i++) {
      if (alpha3[i].equalsIgnoreCase(code) || alpha2[i].equalsIgnoreCase(code)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A point on the common land border of two countries ({lat, lon}), when they share one. */
  public Optional<double[]> borderPoint(int countryA, int countryB) {
    int key = Math.min(countryA, countryB) << 16 | Math.max(countryA, countryB);
    for (int i = 0; i < borderPairs.length; i++) {
      if (borderPairs[i] == key) {
        return Optional.of(new double[] {borderPoints[2 * i], borderPoints[2 * i + 1]});
      }
    }
    return Optional.empty();
  }

  /** The mean position of the country's places lying in the given part of it ({lat, lon}). */
  public double[] directionPoint(int countryId, Direction d) {
    int i = (countryId * Direction.values().length + d.ordinal()) * 2;
    return new double[] {directionPoints[i], directionPoints[i + 1]};
  }

  /** Approximate heap bytes held by the arrays. */
  public long approximateBytes() {
    long n = lat.length;
    return n * (4 + 4 + 4 + 2 + 4 + 1 + 4 + 4) + 2L * names.length() + 12L * keyHashes.length
        + 4L * postings.length;
  }

  private static String utf(ByteBuffer in) {
    byte[] b = new byte[in.getShort() & 0xffff];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static String utf8(ByteBuffer in) {
    byte[] blob = new byte[in.getInt()];
    in.get(blob);
    return new String(blob, StandardCharsets.UTF_8);
  }

  private static short[] shorts(ByteBuffer in, int n) {
    short[] a = new short[n];
    in.asShortBuffer().get(a);
    in.position(in.position() + 2 * n);
    return a;
  }

  private static long[] longs(ByteBuffer in, int n) {
    long[] a = new long[n];
    in.asLongBuffer().get(a);
    in.position(in.position() + 8 * n);
    return a;
  }

  private static int[] ints(ByteBuffer in, int n) {
    int[] a = new int[n];
    in.asIntBuffer().get(a);
    in.position(in.position() + 4 * n);
    return a;
  }

  private static float[] floats(ByteBuffer in, int n) {
    float[] a = new float[n];
    in.asFloatBuffer().get(a);
    in.position(in.position() + 4 * n);
    return a;
  }
}
