package org.vigil.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trained heads of one encoder, read from and written to a plain-text file and named by the SHA-256 of
 * that file's bytes. Format (UTF-8, one record per line, fields separated by one space):
 * <pre>
 * vigil-heads 1
 * encoder NAME DIMENSION
 * head NAME LABEL1 LABEL2 ...        (then one line per label:)
 * w LABEL BIAS W1 ... WDIMENSION     (floats as Java prints them, which read back bit-exact)
 * </pre>
 * Immutable and thread-safe.
 */
public final class HeadBook {
  private static final String MAGIC = "vigil-heads 1";
  private final String encoder;
  private final int dimension;
  private final Map<String, SoftmaxHead> heads;
  private final String hash;

  public HeadBook(String encoder, int dimension, List<SoftmaxHead> heads) {
    this.encoder = encoder;
    this.dimension = dimension;
    Map<String, SoftmaxHead> byName = new LinkedHashMap<>();
    for (SoftmaxHead h : heads) {
      if (h.dimension() != dimension) {
        throw new IllegalArgumentException("head " + h.name() + " has " + h.dimension() + " inputs, not " + dimension);
      }
      if (byName.put(h.name(), h) != null) {
        throw new IllegalArgumentException("two heads named " + h.name());
      }
    }
    this.heads = java.util.Collections.unmodifiableMap(byName);
    this.hash = sha256(format().getBytes(StandardCharsets.UTF_8));
  }

  public String encoder() {
    return encoder;
  }

  public int dimension() {
    return dimension;
  }

  /** The head of that name, if trained. */
  public Optional<SoftmaxHead> head(String name) {
    return Optional.ofNullable(heads.get(name));
  }

  public List<SoftmaxHead> heads() {
    return List.copyOf(heads.values());
  }

  /** Hex SHA-256 of {@link #format()}: the same weights always give the same hash. */
  public String hash() {
    return hash;
  }

  /** The file text. */
  public String format() {
    StringBuilder out = new StringBuilder(MAGIC).append('\n');
    out.append("encoder ").append(encoder).append(' ').append(dimension).append('\n');
    for (SoftmaxHead h : heads.values()) {
      out.append("head ").append(h.name());
      h.labels().forEach(l -> out.append(' ').append(l));
      out.append('\n');
      for (int k = 0; k < h.labels().size(); k++) {
        out.append("w ").append(h.labels().get(k));
        for (float f : h.row(k)) {
          out.append(' ').append(f);
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Reads a head file; a malformed one fails naming {@code source} and the line. */
  public static HeadBook read(InputStream in, String source) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r.lines().toList(), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static HeadBook parse(List<String> lines, String source) {
    if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
      throw new IllegalArgumentException(source + ":1: not a head file (expected '" + MAGIC + "')");
    }
    String[] enc = lines.size() > 1 ? lines.get(1).split(" ") : new String[0];
    if (enc.length != 3 || !enc[0].equals("encoder")) {
      throw new IllegalArgumentException(source + ":2: expected 'encoder NAME DIMENSION'");
    }
    int dim = parseInt(enc[2], source, 2);
    List<SoftmaxHead> heads = new ArrayList<>();
    int i = 2;
    while (i < lines.size()) {
      String[] h = lines.get(i).split(" ");
      if (h.length < 3 || !h[0].equals("head")) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected 'head NAME LABEL...'");
      }
      List<String> labels = List.of(h).subList(2, h.length);
      float[][] w = new float[labels.size()][];
      for (int k = 0; k < labels.size(); k++) {
        int line = i + 2 + k;
        w[k] = row(line <= lines.size() ? lines.get(line - 1) : "", labels.get(k), dim, source, line);
      }
      heads.add(new SoftmaxHead(h[1], labels, w));
      i += 1 + labels.size();
    }
    return new HeadBook(enc[1], dim, heads);
  }

  private static float[] row(String line, String label, int dim, String source, int lineNo) {
    String[] f = line.split(" ");
    if (f.length != dim + 3 || !f[0].equals("w") || !f[1].equals(label)) {
      throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'w " + label + "' and "
          + (dim + 1) + " numbers");
    }
    float[] row = new float[dim + 1];
    for (int d = 0; d <= dim; d++) {
      try {
        row[d] = Float.parseFloat(f[d + 2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": not a number: " + f[d + 2], e);
      }
    }
    return row;
  }

  private static int parseInt(String s, String source, int line) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ":" + line + ": not a number: " + s, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }
}
