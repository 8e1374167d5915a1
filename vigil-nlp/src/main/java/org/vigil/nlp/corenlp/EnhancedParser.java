package org.vigil.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.VectorizedClassifier;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * The neural dependency parser producing only the enhanced++ graph the coder reads. CoreNLP's depparse
 * annotator also derives the basic, collapsed, CC-processed and enhanced graphs from each parse, which cost
 * about a sixth of the parse and nobody here reads. Thread-safe: the parser is, and each call builds its own graph.
 */
final class EnhancedParser {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /**
   * Hidden-layer vectors of (feature position, word) pairs outside the model's precomputed set (20,000 pairs) that
   * the parser keeps; CoreNLP's 5,000 miss often on news vocabulary. The hidden layer has 1,000 units, so 100,000
   * vectors take up to 400 MB of heap once the table is full.
   */
  static final int CACHED_VECTORS = Integer.getInteger("vigil.nndep.cached", 100_000);
  /**
   * Whether the parser scores with {@link VectorizedClassifier} (same scores; predict 1.6x faster) or, with
   * {@code -Dvigil.nndep.scorer=corenlp}, with CoreNLP's own classifier.
   */
  static final boolean VECTORIZED = !"corenlp".equals(System.getProperty("vigil.nndep.scorer"));

  private final DependencyParser parser;

  EnhancedParser() {
    Properties p = new Properties();
    p.setProperty("numCached", Integer.toString(CACHED_VECTORS));
    this.parser = DependencyParser.loadFromModelFile(MODEL, p);
    if (VECTORIZED) {
      VectorizedClassifier.install(parser, CACHED_VECTORS);
    }
  }

  /** Parses the POS-tagged {@code sentence} and sets its enhanced++ dependencies. */
  void parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs,
        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhanced);
  }
}
