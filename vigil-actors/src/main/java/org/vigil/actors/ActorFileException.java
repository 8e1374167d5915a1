package org.vigil.actors;

/** A malformed or inconsistent actor file; the message starts with {@code file:line}. */
public final class ActorFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String location;
  private final String reason;

  public ActorFileException(String location, String reason) {
    super(location + ": " + reason);
    this.location = location;
    this.reason = reason;
  }

  /** Where the problem is, as {@code file:line}. */
  public String location() {
    return location;
  }

  /** What is wrong there. */
  public String reason() {
    return reason;
  }
}
