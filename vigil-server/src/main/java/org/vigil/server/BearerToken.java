package org.vigil.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret that writes need: generated at the first start (32 random bytes, hex) into a file readable by its
 * owner only, read from it afterwards; compared in constant time. Immutable.
 */
public final class BearerToken {
  private final byte[] token;
  private final Path file;

  private BearerToken(String token, Path file) {
    this.token = token.getBytes(StandardCharsets.US_ASCII);
    this.file = file;
  }

  /** The token in {@code file}, creating the file with a fresh token when absent. */
  public static BearerToken loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, HexFormat.of().formatHex(b) + "\n", StandardCharsets.US_ASCII);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the file keeps the default permissions
        }
      }
      String t = Files.readString(file, StandardCharsets.US_ASCII).trim();
      if (t.length() < 16) {
        throw new IllegalArgumentException(file + ": token too short (at least 16 characters)");
      }
      return new BearerToken(t, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create token file " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** True when {@code authorization} is "Bearer " followed by this token. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, token);
  }
}
