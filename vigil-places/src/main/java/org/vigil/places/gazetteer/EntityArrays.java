package org.vigil.places.gazetteer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Parallel entity arrays of the index under construction, and their serialised form. Build time only. */
final class EntityArrays {
  final String[] name;
  final float[] lat;
  final float[] lon;
  final long[] population;
  final short[] country;
  final int[] admin;
  final String[] feature;
  final int[] geonameId;

  EntityArrays(int n) {
    name = new String[n];
    lat = new float[n];
    lon = new float[n];
    population = new long[n];
    country = new short[n];
    admin = new int[n];
    feature = new String[n];
    geonameId = new int[n];
  }

  void set(int i, String nm, double la, double lo, short c, int a, String f, int g) {
    name[i] = nm;
    lat[i] = (float) la;
    lon[i] = (float) lo;
    country[i] = c;
    admin[i] = a;
    feature[i] = f;
    geonameId[i] = g;
  }

  void write(DataOutputStream out) throws IOException {
    List<String> features = new ArrayList<>(new TreeSet<>(Arrays.asList(feature)));
    out.writeInt(features.size());
    for (String f : features) {
      out.writeUTF(f);
    }
    StringBuilder blob = new StringBuilder();
    for (String s : name) {
      out.writeInt(blob.length());
      blob.append(s);
    }
    out.writeInt(blob.length());
    byte[] bytes = blob.toString().getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
    for (float v : lat) {
      out.writeFloat(v);
    }
    for (float v : lon) {
      out.writeFloat(v);
    }
    for (long v : population) {
      out.writeInt((int) Math.min(Integer.MAX_VALUE, v));
    }
    for (short v : country) {
      out.writeShort(v);
    }
    for (int v : admin) {
      out.writeInt(v);
    }
    for (String f : feature) {
      out.writeByte(features.indexOf(f));
    }
    for (int v : geonameId) {
      out.writeInt(v);
    }
  }
}
