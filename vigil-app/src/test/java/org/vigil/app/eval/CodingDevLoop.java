package org.vigil.app.eval;

import java.nio.file.Path;
import java.util.Optional;
import org.vigil.coding.PatternEventCoder;
import org.vigil.nlp.corenlp.CoreNlpAnnotator;
import org.vigil.nlp.corenlp.CoreNlpConfig;

/** Developer loop: scores gold files with the coder over cached annotations. Not a test. */
public final class CodingDevLoop {
  private CodingDevLoop() {}

  public static void main(String[] args) {
    PatternEventCoder coder = PatternEventCoder.loadDefault(new StandInResolver());
    CoreNlpAnnotator[] nlp = new CoreNlpAnnotator[1];
    Evaluator ev = new Evaluator(a -> {
      if (nlp[0] == null) {
        nlp[0] = new CoreNlpAnnotator(CoreNlpConfig.defaults(), t -> true);
      }
      return nlp[0].annotate(a);
    }, coder::code, Optional.of(new AnnotationCache(Path.of("target/annotation-cache"))), "dev");
    for (String f : args) {
      EvalReport r = ev.evaluate(Path.of(f));
      System.out.print(r.toText());
      r.differences().forEach(d -> System.out.println("  " + d));
    }
  }
}
