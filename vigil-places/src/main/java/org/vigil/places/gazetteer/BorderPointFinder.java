package org.vigil.places.gazetteer;

import java.util.HashMap;
import java.util.Map;

/**
 * Derives one point on the common border of two neighbouring countries from their outlines: the outline
 * vertices of A that lie within {@link #SHARED_DEGREES} of a vertex of B form the shared border; the result
 * is the shared vertex nearest the mean of those vertices (so it lies on the border line itself). When the
 * outlines share no vertex, the midpoint of their closest pair of vertices. Stateless.
 */
final class BorderPointFinder {
  static final double SHARED_DEGREES = 0.03;

  private BorderPointFinder() {}

  /** {lat, lon} of a border point, or the midpoint of the centroids when an outline is missing. */
  static double[] borderPoint(SourceCountry a, SourceCountry b) {
    if (a.outline().length == 0 || b.outline().length == 0) {
      return new double[] {(a.lat() + b.lat()) / 2, (a.lon() + b.lon()) / 2};
    }
    double[] shared = sharedBorder(a.outline(), b.outline(), SHARED_DEGREES);
    if (shared != null) {
      return shared;
    }
    return closestMidpoint(a.outline(), b.outline());
  }

  private static double[] sharedBorder(double[] a, double[] b, double cell) {
    Map<Long, IntList> grid = grid(b, cell);
    double sumLat = 0;
    double sumLon = 0;
    IntList shared = new IntList();
    for (int i = 0; i < a.length; i += 2) {
      if (nearest(a[i], a[i + 1], b, grid, cell) < cell) {
        shared.add(i);
        sumLat += a[i];
        sumLon += a[i + 1];
      }
    }
    if (shared.size == 0) {
      return null;
    }
    double mLat = sumLat / shared.size;
    double mLon = sumLon / shared.size;
    int best = shared.items[0];
    double bestD = Double.MAX_VALUE;
    for (int k = 0; k < shared.size; k++) {
      int i = shared.items[k];
      double d = sq(a[i] - mLat) + sq(a[i + 1] - mLon);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return new double[] {a[best], a[best + 1]};
  }

  private static double[] closestMidpoint(double[] a, double[] b) {
    double bestD = Double.MAX_VALUE;
    double[] best = {0, 0};
    int stepA = Math.max(2, (a.length / 4000) * 2);
    int stepB = Math.max(2, (b.length / 4000) * 2);
    for (int i = 0; i < a.length; i += stepA) {
      for (int j = 0; j < b.length; j += stepB) {
        double d = sq(a[i] - b[j]) + sq(a[i + 1] - b[j + 1]);
        if (d < bestD) {
          bestD = d;
          best = new double[] {(a[i] + b[j]) / 2, (a[i + 1] + b[j + 1]) / 2};
        }
      }
    }
    return best;
  }

  private static double nearest(double lat, double lon, double[] b, Map<Long, IntList> grid, double cell) {
    long cy = (long) Math.floor(lat / cell);
    long cx = (long) Math.floor(lon / cell);
    double best = Double.MAX_VALUE;
    for (long dy = -1; dy <= 1; dy++) {
      for (long dx = -1; dx <= 1; dx++) {
        IntList l = grid.get(key(cy + dy, cx + dx));
        for (int k = 0; l != null && k < l.size; k++) {
          int j = l.items[k];
          best = Math.min(best, Math.sqrt(sq(lat - b[j]) + sq(lon - b[j + 1])));
        }
      }
    }
    return best;
  }

  private static Map<Long, IntList> grid(double[] pts, double cell) {
    Map<Long, IntList> grid = new HashMap<>();
    for (int j = 0; j < pts.length; j += 2) {
      long k = key((long) Math.floor(pts[j] / cell), (long) Math.floor(pts[j + 1] / cell));
      grid.computeIfAbsent(k, x -> new IntList()).add(j);
    }
    return grid;
  }

  private static long key(long y, long x) {
    return (y << 32) ^ (x & 0xffffffffL);
  }

  private static double sq(double v) {
    return v * v;
  }

  /** A growable int array. */
  static final class IntList {
    int[] items = new int[4];
    int size;

    void add(int v) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = v;
    }
  }
}
