package org.vigil.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key under which the real-text gold's split file lists a shared document: the first 16 hex digits of
 * SHA-1 of {@code "vigil-split-1:" + id}, so the project names shared documents without copying their titles.
 */
public final class DocumentKey {
  private DocumentKey() {}

  public static String of(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1")
          .digest(("vigil-split-1:" + id).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 missing from the JVM", e);
    }
  }
}
