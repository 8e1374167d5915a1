package org.vigil.app.eval;

import java.util.List;
import java.util.Locale;

/**
 * Scores of a gold file at three levels (root; source country + target country + root; full code), the share of
 * no-event sentences left empty, and per-sentence differences for error analysis.
 *
 * @param file the gold file's name
 * @param sentences sentences scored
 * @param root CAMEO root only
 * @param dyadRoot source country, target country and root
 * @param code full CAMEO code
 * @param noEventSentences sentences expected to yield nothing
 * @param noEventEmpty of those, how many the coder left empty
 * @param differences one line per sentence where coded and expected differ
 */
public record EvalReport(String file, int sentences, Score root, Score dyadRoot, Score code, int noEventSentences,
    int noEventEmpty, List<String> differences) {
  public EvalReport {
    differences = List.copyOf(differences);
  }

  public double noEventShare() {
    return noEventSentences == 0 ? 1 : (double) noEventEmpty / noEventSentences;
  }

  /** Human-readable table. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %d sentences%n", file, sentences));
    sb.append(String.format(Locale.ROOT, "%-28s %6s %6s %6s %5s %5s %5s%n", "level", "P", "R", "F1", "TP", "FP",
        "FN"));
    row(sb, "root", root);
    row(sb, "source+target country+root", dyadRoot);
    row(sb, "full code", code);
    sb.append(String.format(Locale.ROOT, "no-event sentences left empty: %d/%d (%.2f)%n", noEventEmpty,
        noEventSentences, noEventShare()));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Score s) {
    sb.append(String.format(Locale.ROOT, "%-28s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(),
        s.f1(), s.tp(), s.fp(), s.fn()));
  }
}
