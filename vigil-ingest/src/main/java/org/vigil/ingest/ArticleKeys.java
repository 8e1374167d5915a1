package org.vigil.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids derived from URLs or other strings. Stateless and thread-safe. */
public final class ArticleKeys {
  private ArticleKeys() {}

  /** A short id from a URL: "u-" and the first 16 hex digits of its SHA-256. */
  public static String fromUrl(String url) {
    return "u-" + sha256(url.strip()).substring(0, 16);
  }

  /** Hex SHA-256 of the UTF-8 bytes of {@code s}. */
  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
