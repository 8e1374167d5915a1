package org.vigil.app.eval;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigil.model.ActorRef;
import org.vigil.model.Event;
import org.vigil.model.Mode;
import org.vigil.gold.GoldSentence;

/**
 * Scores the coder on ConfliBERT's real sentences: five-class accuracy of each sentence's first counted event (no
 * event counts as wrong), and whether the coded source and target overlap the annotated actor spans. Each sentence
 * is coded alone, as a one-sentence article of an unknown date. Stateless; thread-safe when the coder is.
 */
public final class ConfliBertScorer {
  private static final LocalDate UNKNOWN_DATE = LocalDate.of(2015, 1, 1);

  /** Five-class result: scored sentences, correct, left without an event, and the confusion matrix [gold][coded]. */
  public record FiveClass(int scored, int correct, int empty, int[][] confusion) {
    public double accuracy() {
      return scored == 0 ? 0 : (double) correct / scored;
    }

    public String toText(String name) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "%s: five-class accuracy %d/%d (%.3f); no event for %d (%.2f)%n", name, correct, scored, accuracy(),
          empty, scored == 0 ? 0 : (double) empty / scored));
      sb.append("  gold\\coded     0     1     2     3     4  none\n");
      for (int g = 0; g < 5; g++) {
        sb.append(String.format(Locale.ROOT, "  %-9d", g));
        for (int c = 0; c < 6; c++) {
          sb.append(String.format(Locale.ROOT, " %5d", confusion[g][c]));
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  private ConfliBertScorer() {}

  /** Five-class accuracy over the sentences {@code keep} accepts, coding each with {@code coder}. */
  public static FiveClass fiveClass(List<ConfliBertSets.Labelled> sentences, Predicate<String> keep,
      Function<GoldSentence, List<Event>> coder, Set<Mode> modes) {
    int[][] confusion = new int[5][6];
    int scored = 0;
    int correct = 0;
    int empty = 0;
    for (ConfliBertSets.Labelled s : sentences) {
      if (!keep.test(s.text())) {
        continue;
      }
      scored++;
      List<Event> events = counted(coder.apply(gold(s.where(), s.text())), modes);
      int coded = events.isEmpty() ? 5 : DocumentEvaluator.fiveClass(events.get(0).code().root());
      confusion[s.label()][coded]++;
      empty += coded == 5 ? 1 : 0;
      correct += coded == s.label() ? 1 : 0;
    }
    return new FiveClass(scored, correct, empty, confusion);
  }

  /**
   * Actor-span agreement: for each sentence with an annotated source (target), whether some counted event's source
   * (target) words overlap it; precision over coded sources (targets) in sentences with any annotation.
   */
  public static Score actorSpans(List<ConfliBertSets.Spans> sentences, Predicate<String> keep,
      Function<GoldSentence, List<Event>> coder, Set<Mode> modes, boolean sources) {
    Score s = new Score(0, 0, 0);
    for (ConfliBertSets.Spans sp : sentences) {
      if (!keep.test(sp.text())) {
        continue;
      }
      Set<String> want = new HashSet<>(sp.words(sources ? "S" : "T"));
      want.addAll(sp.words("R"));
      List<Event> events = counted(coder.apply(gold(sp.where(), sp.text())), modes);
      int tp = 0;
      int fp = 0;
      for (Event e : events) {
        ActorRef a = sources ? e.source() : e.target();
        if (a == null || a.text() == null) {
          continue;
        }
        boolean hit = words(a.text()).stream().anyMatch(want::contains);
        tp += hit ? 1 : 0;
        fp += hit ? 0 : 1;
      }
      boolean found = tp > 0;
      s = s.plus(new Score(found ? 1 : 0, fp, !want.isEmpty() && !found ? 1 : 0));
    }
    return s;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !Set.of("the", "and", "its", "his", "her", "their").contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<Event> counted(List<Event> events, Set<Mode> modes) {
    return events.stream().filter(e -> modes.contains(e.mode())).toList();
  }

  private static GoldSentence gold(String where, String text) {
    return new GoldSentence(where, UNKNOWN_DATE, text, List.of(), true);
  }
}
