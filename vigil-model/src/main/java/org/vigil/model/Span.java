package org.vigil.model;

/**
 * A character range {@code [start, end)} in UTF-16 code units into the article text. This is the one offset
 * rule of Vigil: every span of every stage counts from the first character of {@link Article#text()}.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
