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
  private static final Set<String> CONTEST_VERBS = Set.of("beat", "defeat", "win", "lose", "draw", "tie", "edge",
      "thrash", "rout", "crush", "stun", "outplay", "eliminate", "hammer", "trounce", "clinch", "score", "defend");
  private static final Set<String> SPORTS_NOUNS = Set.of("qualifier", "semifinal", "semi-final", "quarterfinal",
      "quarter-final", "championship", "tournament", "league", "striker", "goalkeeper", "stadium", "cup",
      "olympics", "fixture", "derby", "innings", "wicket", "touchdown", "football", "soccer", "cricket", "rugby",
      "basketball", "tennis", "hockey", "baseball", "volleyball", "playoff", "play-off", "title", "hat-trick", "match",
      "medal", "champion");
  /** A score such as 1-0, 3–2 or 101-98: two small numbers joined by a hyphen or dash. */
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d{1,3}");

  private SportsResults() {}

  static boolean isSportsResult(List<Token> tokens) {
    boolean contest = false;
    boolean score = false;
    boolean sports = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      contest |= t.isVerb() && CONTEST_VERBS.contains(lemma);
      score |= SCORE.matcher(t.word()).matches() && !t.word().matches("\\d{3}[-\u2013]\\d{3}");
      sports |= t.isNoun() && SPORTS_NOUNS.contains(lemma);
    }
    return contest && (score || sports);
  }
}
