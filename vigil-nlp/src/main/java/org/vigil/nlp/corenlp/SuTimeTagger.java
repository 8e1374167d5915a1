package org.vigil.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.vigil.nlp.TemporalCues;

/**
 * Runs SUTime over the stretches of a sentence around its temporal cue words ({@link TemporalCues}),
 * normalising against the document date, and writes each expression's TIMEX type and value onto its tokens (NER
 * tag and normalised tag). SUTime's rule matcher costs time in proportion to the tokens it scans, ~7 ms for a
 * whole news sentence, so it scans only {@link #REACH} tokens either side of each cue, which covers the longest
 * news date phrases ("on the morning of Wednesday, March 3, 2012"). Thread-safe.
 */
final class SuTimeTagger {
  static final int REACH = 4;

  private final TimeAnnotator sutime;
  private final TemporalCues cues = new TemporalCues();

  SuTimeTagger() {
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.binders", "0");
    this.sutime = new TimeAnnotator("sutime", p, true);
  }

  /** Tags the time expressions of {@code sentence}, normalised against {@code docDate} (YYYY-MM-DD). */
  void tag(CoreMap sentence, String docDate) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int i = 0;
    while (i < tokens.size()) {
      if (!cues.isCue(tokens.get(i).word())) {
        i++;
        continue;
      }
      int start = Math.max(0, i - REACH);
      int end = Math.min(tokens.size(), i + REACH + 1);
      for (int j = i + 1; j < Math.min(tokens.size(), end + REACH); j++) {
        if (cues.isCue(tokens.get(j).word())) {
          end = Math.min(tokens.size(), j + REACH + 1); // stretches that would overlap are scanned as one
        }
      }
      tagStretch(tokens.subList(start, end), docDate);
      i = end;
    }
  }

  private void tagStretch(List<CoreLabel> stretch, String docDate) {
    CoreMap part = new ArrayCoreMap();
    part.set(CoreAnnotations.TokensAnnotation.class, stretch);
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, stretch.get(0).beginPosition());
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, stretch.get(stretch.size() - 1).endPosition());
    List<CoreMap> found = sutime.annotateSingleSentence(part, docDate, new SUTime.TimeIndex());
    if (found == null) {
      return;
    }
    for (CoreMap timex : found) {
      mark(stretch, timex);
    }
  }

  private static void mark(List<CoreLabel> tokens, CoreMap expr) {
    Timex timex = expr.get(TimeAnnotations.TimexAnnotation.class);
    if (timex == null || timex.value() == null) {
      return;
    }
    int begin = expr.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = expr.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= begin && t.endPosition() <= end) {
        t.setNER(timex.timexType());
        t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, timex.value());
      }
    }
  }
}
