package org.vigil.learn.train;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The deterministic 20 % of texts held out from training for measurement: those whose SHA-256 of
 * {@code "vigil-holdout-1:" + text} starts with a byte below 52 (of 256). Depends on the text alone, so the
 * same sentence is held out in every run and by every command that scores it.
 */
public final class HoldOut {
  private HoldOut() {}

  public static boolean isHeldOut(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(("vigil-holdout-1:" + text.strip()).getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) < 52;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }
}
