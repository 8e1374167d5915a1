package org.vigil.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * The parse-only floor for benchmarks: CoreNLP's tokenize, ssplit, pos and lemma with {@link CoreNlpAnnotator}'s
 * settings, then the same dependency parser ({@link EnhancedParser}) over every sentence, and nothing else (no NER,
 * no times, no conversion into Vigil's records): no annotator that parses with this parser can be faster. The
 * {@link #stock()} floor is CoreNLP's own depparse annotator with its default settings instead, for reference.
 * Thread-safe.
 */
public final class CoreNlpParseFloor {
  private final StanfordCoreNLP pipeline;
  private final EnhancedParser parser;

  private CoreNlpParseFloor(StanfordCoreNLP pipeline, EnhancedParser parser) {
    this.pipeline = pipeline;
    this.parser = parser;
  }

  /** The floor with Vigil's parser and its settings. */
  public static CoreNlpParseFloor vigilParser() {
    return new CoreNlpParseFloor(new StanfordCoreNLP(CoreNlpAnnotator.shallowProps(CoreNlpConfig.defaults()), false),
        new EnhancedParser());
  }

  /** The floor with CoreNLP's depparse annotator as shipped (its cache size and scorer, all five graphs). */
  public static CoreNlpParseFloor stock() {
    Properties p = CoreNlpAnnotator.shallowProps(CoreNlpConfig.defaults());
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    p.setProperty("depparse.model", EnhancedParser.MODEL);
    return new CoreNlpParseFloor(new StanfordCoreNLP(p, false), null);
  }

  /** Parses {@code text}; returns its number of sentences. */
  public int parse(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (parser != null) {
      for (CoreMap s : sentences) {
        parser.parse(s);
      }
    }
    return sentences.size();
  }
}
