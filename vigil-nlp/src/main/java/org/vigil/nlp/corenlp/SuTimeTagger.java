package org.vigil.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.vigil.nlp.TemporalCues;

/**
 * Runs SUTime over the sentences that hold a temporal cue word, normalising against the document date, and
 * writes each expression's TIMEX type and value onto its tokens (NER tag and normalised tag). SUTime costs
 * ~7 ms a sentence, ten times the CRF tagger, so it is not run on sentences that cannot contain a date.
 * Thread-safe.
 */
final class SuTimeTagger {
  private final TimeAnnotator sutime;
  private final TemporalCues cues = new TemporalCues();

  SuTimeTagger() {
    Properties p = new Properties();
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.binders", "0");
    this.sutime = new TimeAnnotator("sutime", p, true);
  }

  void tag(Annotation doc) {
    String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (!cues.mayHoldTime(CoreNlpConversion.tokens(sentence))) {
        continue;
      }
      List<CoreMap> found = sutime.annotateSingleSentence(sentence, docDate, new SUTime.TimeIndex());
      if (found == null) {
        continue;
      }
      for (CoreMap timex : found) {
        mark(sentence.get(CoreAnnotations.TokensAnnotation.class), timex);
      }
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
