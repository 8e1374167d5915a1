package org.vigil.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CAMEO event ontology: every code with its label, Goldstein value, QuadClass and PLOVER mapping. Read from
 * the project's tab-separated file; a malformed line fails loading with its line number. Immutable and
 * thread-safe.
 */
public final class Ontology {
  private static final String DEFAULT = "cameo-ontology.tsv";
  private static volatile Ontology defaultInstance;

  private final Map<String, CameoCode> codes;

  private Ontology(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The ontology bundled with Vigil, loaded once per class loader. */
  public static Ontology loadDefault() {
    Ontology o = defaultInstance;
    if (o == null) {
      synchronized (Ontology.class) {
        if (defaultInstance == null) {
          try (InputStream in = Ontology.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
              throw new IllegalStateException("missing resource org/vigil/model/" + DEFAULT);
            }
            defaultInstance = read(in, DEFAULT);
          } catch (IOException e) {
            throw new UncheckedIOException("reading " + DEFAULT, e);
          }
        }
        o = defaultInstance;
      }
    }
    return o;
  }

  /** Reads an ontology file; {@code name} is used in error messages. */
  public static Ontology read(InputStream in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
        continue;
      }
      CameoCode c = parse(line, name, lineNo);
      if (codes.put(c.code(), c) != null) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": duplicate code " + c.code());
      }
    }
    return new Ontology(codes);
  }

  private static CameoCode parse(String line, String name, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != 7) {
      throw new IllegalArgumentException(name + ":" + lineNo + ": expected 7 tab-separated fields, got " + f.length);
    }
    try {
      return new CameoCode(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), f[4], f[5], f[6]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
    }
  }

  /** The code with its attributes, or empty when CAMEO has no such code. */
  public Optional<CameoCode> lookup(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(codes.get(code));
  }

  /** All codes in file order. */
  public Collection<CameoCode> codes() {
    return codes.values();
  }
}
