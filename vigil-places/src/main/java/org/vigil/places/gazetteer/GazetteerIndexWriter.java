package org.vigil.places.gazetteer;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the binary gazetteer index: entities laid out as [countries][admin-1 regions][places] in parallel
 * arrays, country border and direction points, and a sorted 64-bit name-hash table with postings. The format
 * is read by {@link Gazetteer}; {@link #MAGIC} changes with it.
 */
final class GazetteerIndexWriter {
  static final int MAGIC = 0x56475A32;
  static final int DEMONYM_FLAG = 1 << 30;
  static final int ALTERNATE_FLAG = 1 << 29;

  private final List<SourceCountry> countries;
  private final Map<String, Integer> countryIndex;
  private final List<SourceCity> cities;
  private final Map<String, Integer> adminIndex;
  private final List<String> adminNames;
  private final List<String> adminCountry;
  private final List<String[]> aliases;
  private final Map<Integer, List<String>> alternates;
  private final Map<Long, BorderPointFinder.IntList> keys = new HashMap<>();

  @SuppressWarnings("checkstyle:ParameterNumber")
  GazetteerIndexWriter(List<SourceCountry> countries, Map<String, Integer> countryIndex, List<SourceCity> cities,
      Map<String, Integer> adminIndex, List<String> adminNames, List<String> adminCountry,
      List<String[]> aliases, Map<Integer, List<String>> alternates) {
    this.aliases = aliases;
    this.alternates = alternates;
    this.countries = countries;
    this.countryIndex = countryIndex;
    this.cities = cities;
    this.adminIndex = adminIndex;
    this.adminNames = adminNames;
    this.adminCountry = adminCountry;
  }

  /** Writes the index; returns {admin regions, places, distinct name keys}. */
  int[] write(Path target) throws IOException {
    int nc = countries.size();
    int na = adminNames.size();
    int n = nc + na + cities.size();
    EntityArrays e = new EntityArrays(n);
    fillCountriesAndAdmins(e, nc);
    fillCities(e, nc + na);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
      out.writeInt(MAGIC);
      out.writeInt(nc);
      out.writeInt(na);
      out.writeInt(cities.size());
      for (SourceCountry c : countries) {
        out.writeUTF(c.alpha2());
        out.writeUTF(c.alpha3());
      }
      writeBorders(out);
      writeDirections(out, e, nc + na);
      e.write(out);
      writeKeys(out);
    }
    return new int[] {na, cities.size(), keys.size()};
  }

  private void fillCountriesAndAdmins(EntityArrays e, int nc) {
    for (int i = 0; i < nc; i++) {
      SourceCountry c = countries.get(i);
      e.set(i, c.name(), c.lat(), c.lon(), (short) i, -1, "PCLI", 0);
      for (String name : c.names()) {
        key(name, i);
      }
      for (String[] alias : aliases) {
        if (alias[1].equals(c.alpha3())) {
          key(alias[0], i);
        }
      }
      for (String d : c.demonyms()) {
        key(d, i | DEMONYM_FLAG);
      }
    }
    for (int a = 0; a < adminNames.size(); a++) {
      int id = nc + a;
      e.set(id, adminNames.get(a), 0, 0, countryIndex.get(adminCountry.get(a)).shortValue(), -1, "ADM1", 0);
      String k = PlaceNames.normalize(adminNames.get(a));
      key(k, id);
      key(PlaceNames.withoutRegionWord(k), id);
    }
  }

  private void fillCities(EntityArrays e, int first) {
    int nc = countries.size();
    double[] adminLat = new double[adminNames.size()];
    double[] adminLon = new double[adminNames.size()];
    int[] adminCount = new int[adminNames.size()];
    for (int i = 0; i < cities.size(); i++) {
      SourceCity c = cities.get(i);
      int country = countryIndex.get(c.country());
      Integer admin = adminIndex.get(c.country() + "." + c.admin1());
      int id = first + i;
      e.set(id, c.name(), c.lat(), c.lon(), (short) country, admin == null ? -1 : nc + admin,
          c.featureCode(), c.geonameId());
      e.population[id] = c.population();
      e.population[country] += c.population();
      if (admin != null) {
        e.population[nc + admin] += c.population();
        adminLat[admin] += c.lat();
        adminLon[admin] += c.lon();
        adminCount[admin]++;
      }
      key(c.name(), id);
      key(PlaceNames.withoutArticle(PlaceNames.normalize(c.name())), id);
      int comma = c.name().indexOf(',');
      if (comma > 0) {
        key(c.name().substring(0, comma), id);
      }
      alternates.getOrDefault(i, List.of()).forEach(alt -> key(alt, id | ALTERNATE_FLAG));
      for (String alt : c.alternates()) {
        key(alt, id | ALTERNATE_FLAG);
        key(PlaceNames.withoutArticle(PlaceNames.normalize(alt)), id | ALTERNATE_FLAG);
      }
    }
    for (int a = 0; a < adminCount.length; a++) {
      e.lat[nc + a] = (float) (adminLat[a] / adminCount[a]);
      e.lon[nc + a] = (float) (adminLon[a] / adminCount[a]);
    }
  }

  private void writeBorders(DataOutputStream out) throws IOException {
    List<float[]> rows = new ArrayList<>();
    for (int a = 0; a < countries.size(); a++) {
      for (String b3 : countries.get(a).borders()) {
        int b = indexOfAlpha3(b3);
        if (b > a) {
          double[] p = BorderPointFinder.borderPoint(countries.get(a), countries.get(b));
          rows.add(new float[] {a, b, (float) p[0], (float) p[1]});
        }
      }
    }
    out.writeInt(rows.size());
    for (float[] r : rows) {
      out.writeShort((int) r[0]);
      out.writeShort((int) r[1]);
      out.writeFloat(r[2]);
      out.writeFloat(r[3]);
    }
  }

  private int indexOfAlpha3(String code) {
    for (int i = 0; i < countries.size(); i++) {
      if (countries.get(i).alpha3().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** Per country and direction, the mean position of the country's places lying in that part of it. */
  private void writeDirections(DataOutputStream out, EntityArrays e, int firstCity) throws IOException {
    Map<Integer, List<Integer>> byCountry = new LinkedHashMap<>();
    for (int id = firstCity; id < e.lat.length; id++) {
      byCountry.computeIfAbsent((int) e.country[id], k -> new ArrayList<>()).add(id);
    }
    for (int c = 0; c < countries.size(); c++) {
      List<Integer> ids = byCountry.getOrDefault(c, List.of());
      double[] lats = new double[ids.size()];
      double[] lons = new double[ids.size()];
      for (int k = 0; k < ids.size(); k++) {
        lats[k] = e.lat[ids.get(k)];
        lons[k] = e.lon[ids.get(k)];
      }
      double[] latCuts = GazetteerIndexBuilder.cuts(lats, lats.length);
      double[] lonCuts = GazetteerIndexBuilder.cuts(lons, lons.length);
      for (Direction d : Direction.values()) {
        double sLat = 0;
        double sLon = 0;
        int m = 0;
        for (int k = 0; k < lats.length; k++) {
          if (d.contains(lats[k], lons[k], latCuts, lonCuts)) {
            sLat += lats[k];
            sLon += lons[k];
            m++;
          }
        }
        out.writeFloat(m == 0 ? e.lat[c] : (float) (sLat / m));
        out.writeFloat(m == 0 ? e.lon[c] : (float) (sLon / m));
      }
    }
  }

  private void writeKeys(DataOutputStream out) throws IOException {
    long[] hashes = keys.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    out.writeInt(hashes.length);
    for (long h : hashes) {
      out.writeLong(h);
    }
    int total = 0;
    for (long h : hashes) {
      out.writeInt(total);
      total += keys.get(h).size;
    }
    out.writeInt(total);
    for (long h : hashes) {
      BorderPointFinder.IntList l = keys.get(h);
      for (int k = 0; k < l.size; k++) {
        out.writeInt(l.items[k]);
      }
    }
  }

  /** Adds a posting under a name's key; an alternate-name posting never shadows the same entity's own name. */
  private void key(String name, int posting) {
    String k = PlaceNames.normalize(name);
    if (k.isEmpty()) {
      return;
    }
    BorderPointFinder.IntList l = keys.computeIfAbsent(PlaceNames.hash(k), x -> new BorderPointFinder.IntList());
    for (int i = 0; i < l.size; i++) {
      if ((l.items[i] & ~ALTERNATE_FLAG) == (posting & ~ALTERNATE_FLAG)) {
        return;
      }
    }
    l.add(posting);
  }
}
