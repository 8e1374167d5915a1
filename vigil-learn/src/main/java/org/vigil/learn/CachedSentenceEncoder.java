package org.vigil.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SentenceEncoder} that keeps vectors in a file between runs (for repeated training runs): records of
 * the SHA-256 of the text (32 bytes) and its floats, appended as new texts are encoded. Not thread-safe.
 */
public final class CachedSentenceEncoder implements SentenceEncoder {
  private final SentenceEncoder inner;
  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();

  public CachedSentenceEncoder(SentenceEncoder inner, Path file) {
    this.inner = inner;
    this.file = file;
    load();
  }

  @Override
  public float[][] encode(List<String> texts) {
    List<String> missing = new ArrayList<>();
    for (String t : texts) {
      if (!vectors.containsKey(key(t)) && !missing.contains(t)) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      float[][] fresh = inner.encode(missing);
      try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
          Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.APPEND)))) {
        for (int i = 0; i < missing.size(); i++) {
          String k = key(missing.get(i));
          vectors.put(k, fresh[i]);
          out.write(java.util.HexFormat.of().parseHex(k));
          for (float f : fresh[i]) {
            out.writeFloat(f);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write vector cache " + file, e);
      }
    }
    return texts.stream().map(t -> vectors.get(key(t))).toArray(float[][]::new);
  }

  private void load() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      byte[] k = new byte[32];
      while (true) {
        in.readFully(k);
        float[] v = new float[inner.dimension()];
        for (int d = 0; d < v.length; d++) {
          v[d] = in.readFloat();
        }
        vectors.put(java.util.HexFormat.of().formatHex(k), v);
      }
    } catch (EOFException end) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vector cache " + file, e);
    }
  }

  private String key(String text) {
    return HeadBook.sha256((inner.name() + "\n" + text).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public String name() {
    return inner.name();
  }
}
