package org.vigil.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.model.Token;

/**
 * Recognises sentences that report a sports result rather than a political event ("Argentina beat Brazil 1-0 in
 * a World Cup qualifier"): a contest verb together with a score or a sports noun. Such sentences code no event.
 * Stateless; thread-safe.
 */
final class SportsResults {
  /** A score such as 1-0, 3–2 or 101-98: two small numbers joined by a hyphen or dash. */
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d{1,3}");

  private SportsResults() {}

  /** True for a contest verb (list contest-verbs) with a score or a sports noun (list sports-nouns). */
  static boolean isSportsResult(List<Token> tokens, WordLists words) {
    Set<String> contestVerbs = words.of("contest-verbs");
    Set<String> sportsNouns = words.of("sports-nouns");
    boolean contest = false;
    boolean score = false;
    boolean sports = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      contest |= t.isVerb() && contestVerbs.contains(lemma);
      score |= SCORE.matcher(t.word()).matches() && !t.word().matches("\\d{3}[-\u2013]\\d{3}");
      sports |= t.isNoun() && sportsNouns.contains(lemma);
    }
    return contest && (score || sports);
  }
}
