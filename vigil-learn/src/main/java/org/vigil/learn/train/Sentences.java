package org.vigil.learn.train;

/** Rough sentence bounds around a phrase, for recovering a training sentence from its document. */
final class Sentences {
  private Sentences() {}

  /** The sentence of {@code text} holding {@code [from, to)}: from after the previous sentence end (". ",
   * "! ", "? " or a paragraph mark U+2029) to the next one. */
  static String around(String text, int from, int to) {
    int start = from;
    while (start > 0 && !endsBefore(text, start)) {
      start--;
    }
    int end = to;
    while (end < text.length() && !endsBefore(text, end)) {
      end++;
    }
    return text.substring(start, end).replace("\u2029", "").strip();
  }

  /** Whether a sentence ends just before position {@code i} (a space after end punctuation, then a capital). */
  private static boolean endsBefore(String text, int i) {
    if (text.charAt(i - 1) == '\u2029' || (i < text.length() && text.charAt(i) == '\u2029')) {
      return true;
    }
    if (i < 2 || text.charAt(i - 1) != ' ') {
      return false;
    }
    char p = text.charAt(i - 2);
    boolean closer = p == '"' || p == '\u201d' || p == ')';
    char end = closer && i >= 3 ? text.charAt(i - 3) : p;
    return (end == '.' || end == '!' || end == '?') && i < text.length()
        && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '\u201c');
  }
}
