package org.vigil.learn.train;

import java.util.Map;
import java.util.Objects;

/**
 * One training text with a label per head it informs (head name → label), and where it came from.
 *
 * @param text the sentence
 * @param origin the data set and line, for messages ("conflibert:17")
 * @param labels head name → label; heads it says nothing about are absent
 */
public record LabelledText(String text, String origin, Map<String, String> labels) {
  /** Head names used by {@code vigil train}. */
  public static final String EVENT = "event";
  public static final String ROOT = "root";
  public static final String FIVE = "five";
  public static final String MODE = "mode";

  public LabelledText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    labels = Map.copyOf(labels);
  }

  /** CAMEO's five classes from a root "01".."20": 0 statement/appeal, 1 verbal coop., 2 material coop.,
   * 3 verbal conflict, 4 material conflict. */
  public static String fiveOf(String root) {
    int r = Integer.parseInt(root);
    if (r < 1 || r > 20) {
      throw new IllegalArgumentException("not a CAMEO root: " + root);
    }
    return r <= 2 ? "0" : r <= 5 ? "1" : r <= 8 ? "2" : r <= 13 ? "3" : "4";
  }

  /** Labels for an event of {@code root} (may be null) in {@code mode} (may be null). */
  static Map<String, String> eventLabels(String root, String mode) {
    Map<String, String> m = new java.util.HashMap<>();
    m.put(EVENT, "yes");
    if (root != null) {
      m.put(ROOT, root);
      m.put(FIVE, fiveOf(root));
    }
    if (mode != null) {
      m.put(MODE, mode);
    }
    return m;
  }
}
