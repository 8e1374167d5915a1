package org.vigil.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.gold.GoldSentence;

/**
 * Compares coded events with a gold sentence's expected events as sets per sentence, at three levels. Negated
 * events are not counted: the text says they did not happen. Stateless; thread-safe.
 */
public final class Scorer {
  private Scorer() {}

  /** Scores {@code gold} with the events {@code coder} yields for each sentence. */
  public static EvalReport score(String file, List<GoldSentence> gold, Function<GoldSentence, List<Event>> coder,
      Set<Mode> modes) {
    Score root = new Score(0, 0, 0);
    Score dyad = new Score(0, 0, 0);
    Score code = new Score(0, 0, 0);
    int none = 0;
    int noneEmpty = 0;
    int scored = 0;
    List<String> diffs = new ArrayList<>();
    for (GoldSentence s : gold) {
      if (!s.evaluate()) {
        continue;
      }
      scored++;
      List<Event> events = coder.apply(s).stream().filter(e -> modes.contains(e.mode())).toList();
      Set<String> gotRoot = new HashSet<>();
      Set<String> gotDyad = new HashSet<>();
      Set<String> gotCode = new HashSet<>();
      for (Event e : events) {
        gotRoot.add(e.code().root());
        gotDyad.add(country(e.source()) + ">" + country(e.target()) + ":" + e.code().root());
        gotCode.add(e.code().code());
      }
      Set<String> wantRoot = new HashSet<>();
      Set<String> wantDyad = new HashSet<>();
      Set<String> wantCode = new HashSet<>();
      for (GoldSentence.Expected x : s.expected()) {
        wantRoot.add(x.code().substring(0, 2));
        wantDyad.add(actorKey(x.source()) + ">" + actorKey(x.target()) + ":" + x.code().substring(0, 2));
        wantCode.add(x.code());
      }
      root = root.plus(compare(gotRoot, wantRoot));
      Score d = compare(gotDyad, wantDyad);
      dyad = dyad.plus(d);
      code = code.plus(compare(gotCode, wantCode));
      if (s.expected().isEmpty()) {
        none++;
        noneEmpty += events.isEmpty() ? 1 : 0;
      }
      if (d.fp() + d.fn() > 0) {
        diffs.add(s.id() + "  coded " + gotDyad + "  expected " + wantDyad + "  | " + s.text());
      }
    }
    return new EvalReport(file, scored, root, dyad, code, none, noneEmpty, diffs);
  }

  /** Modes scored by default: what the text presents as done now, or announced as about to be done. */
  public static final Set<Mode> DEFAULT_MODES = Set.of(Mode.ASSERTED, Mode.FUTURE);

  static Score compare(Set<String> got, Set<String> want) {
    int tp = 0;
    Set<String> left = new HashSet<>(want);
    for (String g : got) {
      String hit = left.stream().filter(w -> keysMatch(g, w)).findFirst().orElse(null);
      if (hit != null) {
        left.remove(hit);
        tp++;
      }
    }
    return new Score(tp, got.size() - tp, want.size() - tp);
  }

  /** Keys "SRC>TGT:ROOT" match when roots agree and each coded country matches the expected actor code. */
  private static boolean keysMatch(String got, String want) {
    if (!got.contains(">")) {
      return got.equals(want);
    }
    String[] g = got.split("[>:]");
    String[] w = want.split("[>:]");
    return g[2].equals(w[2]) && countryMatches(g[0], w[0]) && countryMatches(g[1], w[1]);
  }

  /**
   * An expected IGO or IMG code ("IGOUNOMIL") carries the organisation in later triples; Vigil codes the
   * organisation itself ("UNO") as the actor's country. "EUR" (as in IGOEUREEC) names the European Union,
   * which Vigil codes EEC.
   */
  static boolean countryMatches(String coded, String expected) {
    if (expected.startsWith("IGO") || expected.startsWith("IMG")) {
      if (coded.equals(expected.substring(0, 3))) {
        return true;
      }
      for (int i = 3; i + 3 <= expected.length(); i += 3) {
        if (expected.substring(i, i + 3).equals(coded)) {
          return true;
        }
      }
      return false;
    }
    String country = expected.length() >= 3 ? expected.substring(0, 3) : expected;
    return coded.equals(country) || country.equals("EUR") && coded.equals("EEC");
  }

  /** Country part of a coded actor: ISO alpha-3 or IGO code; "---" when unknown or absent. */
  static String country(ActorRef a) {
    if (a == null || a.country() == null || a.country().isBlank()) {
      return "---";
    }
    return a.country();
  }

  /** An expected actor code reduced to its country, kept whole for IGO/IMG codes ("IGOUNOMIL"). */
  static String actorKey(String code) {
    if (code == null || code.length() < 3) {
      return "---";
    }
    return code.startsWith("IGO") || code.startsWith("IMG") ? code : code.substring(0, 3);
  }
}
