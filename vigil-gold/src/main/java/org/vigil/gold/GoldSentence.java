package org.vigil.gold;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a gold file with the events it must yield (an empty list: it must yield none).
 *
 * @param id record id
 * @param date the sentence's date, the article date for coding
 * @param text the sentence
 * @param expected expected events
 * @param evaluate false when the gold file marks the record as not to be scored
 */
public record GoldSentence(String id, LocalDate date, String text, List<Expected> expected, boolean evaluate) {
  public GoldSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    expected = List.copyOf(expected);
  }

  /**
   * An expected event in Phoenix/CAMEO actor codes: country (ISO alpha-3, IGO code or "---") then sectors.
   *
   * @param source source actor code
   * @param target target actor code ("---" or empty when none)
   * @param code CAMEO code
   */
  public record Expected(String source, String target, String code) {}
}
