package org.vigil.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.actors.PhraseMatcher.Match;
import org.vigil.actors.PhraseMatcher.Word;
import org.vigil.model.Token;

/** Finds a named entity (PERSON, ORGANIZATION, MISC) in a phrase that no alias matched. Stateless. */
final class UnknownEntity {
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "MISC");

  private UnknownEntity() {}

  /** NER type of the first named-entity token left uncovered by every match. */
  static Optional<String> find(List<Token> phrase, List<Word> words, List<Match> matches) {
    for (int t = 0; t < phrase.size(); t++) {
      String ner = phrase.get(t).ner();
      if (TYPES.contains(ner) && !covered(matches, t)) {
        return Optional.of(ner);
      }
    }
    return Optional.empty();
  }

  /** Text of the first uncovered run of tokens tagged {@code ner}. */
  static String text(List<Token> phrase, String ner) {
    int start = 0;
    while (start < phrase.size() && !phrase.get(start).ner().equals(ner)) {
      start++;
    }
    int end = start;
    while (end < phrase.size() && phrase.get(end).ner().equals(ner)) {
      end++;
    }
    return start == end ? PhraseText.of(phrase) : PhraseText.of(phrase, start, end);
  }

  private static boolean covered(List<Match> matches, int token) {
    for (Match m : matches) {
      if (m.covers(token)) {
        return true;
      }
    }
    return false;
  }
}
