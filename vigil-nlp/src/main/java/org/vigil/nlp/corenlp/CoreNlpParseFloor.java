package org.vigil.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The parse-only floor for benchmarks: CoreNLP's tokenize, ssplit, pos, lemma and the same dependency parser as
 * {@link CoreNlpAnnotator}, with the same tokenizer settings, over every sentence, and nothing else (no NER, no
 * times, no conversion into Vigil's records). No annotator that parses can be faster. Thread-safe.
 */
public final class CoreNlpParseFloor {
  private final StanfordCoreNLP pipeline;

  public CoreNlpParseFloor() {
    Properties p = CoreNlpAnnotator.shallowProps(CoreNlpConfig.defaults());
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    this.pipeline = new StanfordCoreNLP(p, false);
  }

  /** Parses {@code text}; returns its number of sentences. */
  public int parse(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
  }
}
