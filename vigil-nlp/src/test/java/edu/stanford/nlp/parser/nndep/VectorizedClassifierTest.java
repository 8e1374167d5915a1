package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The vectorised scorer must give CoreNLP's scores to the last bit, so that parses cannot change. */
class VectorizedClassifierTest {
  @Test
  void scoresEqualCoreNlpsToTheLastBitOnPrecomputedAndOtherFeatures() throws ReflectiveOperationException {
    Properties p = new Properties();
    p.setProperty("numCached", "4321"); // a setting no other test uses, so CoreNLP's model cache gives a fresh parser
    DependencyParser parser = DependencyParser.loadFromModelFile(
        "edu/stanford/nlp/models/parser/nndep/english_UD.gz", p);
    Classifier stock = (Classifier) field(parser, "classifier");
    VectorizedClassifier fast = VectorizedClassifier.from(parser, 50);
    @SuppressWarnings("unchecked")
    List<Integer> precomputed = new ArrayList<>(((Map<Integer, Integer>) field(stock, "preMap")).keySet());
    int vocabulary = stock.getE().length;
    Random random = new Random(12);
    for (int n = 0; n < 400; n++) {
      int[] features = new int[Config.numTokens];
      for (int j = 0; j < features.length; j++) {
        // mostly tokens of the precomputed set at their position, the rest any token (computed, then cached)
        int key = precomputed.get(random.nextInt(precomputed.size()));
        features[j] = random.nextInt(4) > 0 && key % Config.numTokens == j ? key / Config.numTokens
            : random.nextInt(4) > 0 ? stockToken(precomputed, random, j) : random.nextInt(vocabulary);
      }
      assertArrayEquals(stock.computeScores(features), fast.computeScores(features), 0.0, "features " + n);
    }
  }

  /** A token precomputed at position {@code j}, found by sampling. */
  private static int stockToken(List<Integer> precomputed, Random random, int j) {
    for (int tries = 0; tries < 10_000; tries++) {
      int key = precomputed.get(random.nextInt(precomputed.size()));
      if (key % Config.numTokens == j) {
        return key / Config.numTokens;
      }
    }
    return 0;
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    Field f = owner.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(owner);
  }
}
