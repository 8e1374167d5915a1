package org.vigil.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.vigil.model.Article;

/** The content hash that decides whether an article is already stored: date, title and text. Thread-safe. */
public final class ContentHash {
  private ContentHash() {}

  /** Hex SHA-256 of the article's date, title and text. */
  public static String of(Article a) {
    String s = a.date() + "\n" + (a.title() == null ? "" : a.title().strip()) + "\n" + a.text().strip();
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
