package org.vigil.model;

import java.util.Objects;

/**
 * An input that could not be processed: where it came from, where in it the problem is, and why. Rejections
 * are counted and reported; the batch goes on.
 *
 * @param origin file path (or file:record) of the input
 * @param location "byte 1234", "line 7", "record 12" — where in the input, or "" when the whole input
 * @param stage the stage that rejected it (read, annotate, code, store)
 * @param reason a short, human-readable reason
 */
public record Rejection(String origin, String location, String stage, String reason) {
  public Rejection {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    location = location == null ? "" : location;
    stage = stage == null ? "read" : stage;
  }

  /** "origin (location): reason" for messages. */
  public String message() {
    return origin + (location.isEmpty() ? "" : " (" + location + ")") + ": " + reason;
  }
}
