package org.vigil.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;

/**
 * Compares coded events with a gold sentence's expected events as sets per sentence, at three levels. Negated
 * events are not counted: the text says they did not happen. Stateless; thread-safe.
 */
public final class Scorer {
  private Scorer() {}

  /** Scores {@code gold} with the events {@code coder} yields for each sentence. */
  public static EvalReport score(String file, List<GoldSentence> gold, Function<GoldSentence, List<Event>> coder) {
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
      List<Event> events = coder.apply(s).stream().filter(e -> e.mode() != Mode.NEGATED && e.mode() != Mode.HYPOTHETICAL).toList();
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
        wantDyad.add(country(x.source()) + ">" + country(x.target()) + ":" + x.code().substring(0, 2));
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

  private static Score compare(Set<String> got, Set<String> want) {
    int tp = 0;
    for (String g : got) {
      tp += want.contains(g) ? 1 : 0;
    }
    return new Score(tp, got.size() - tp, want.size() - tp);
  }

  /** Country part of a coded actor: ISO alpha-3 or IGO code; "---" when unknown or absent. */
  static String country(ActorRef a) {
    if (a == null || a.country() == null || a.country().isBlank()) {
      return "---";
    }
    return normalise(a.country());
  }

  /** Country part of a Phoenix actor code such as "USAGOV", "IGOUNOMIL" or "---REB". */
  static String country(String code) {
    if (code == null || code.length() < 3) {
      return "---";
    }
    return normalise(code.substring(0, 3));
  }

  private static String normalise(String c) {
    return c.length() >= 3 && (c.startsWith("IGO") || c.startsWith("IMG")) ? c.substring(0, 3) : c;
  }
}
