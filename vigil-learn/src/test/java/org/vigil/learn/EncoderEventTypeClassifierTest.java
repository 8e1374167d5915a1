package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.learn.train.LabelledText;
import org.vigil.model.TypePrediction;

/** Loads the real encoder and the bundled heads once for the JVM and checks they type plain sentences sensibly. */
class EncoderEventTypeClassifierTest {
  private static EncoderEventTypeClassifier classifier;

  @BeforeAll
  static void load() {
    classifier = EncoderEventTypeClassifier.loadDefault();
  }

  /** The five-class label with the highest summed root probability. */
  private static String five(TypePrediction p) {
    Map<String, Double> byClass = new java.util.HashMap<>();
    p.roots().forEach((root, prob) -> byClass.merge(LabelledText.fiveOf(root), prob, Double::sum));
    return byClass.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  @Test
  void shellingAndAmbushesAreMaterialConflict() {
    assertThat(five(classifier.classify(
        "Army howitzers pounded the rebel-held villages along the river for a third night, killing nine.", null)))
        .isEqualTo("4");
    assertThat(five(classifier.classify("Militants ambushed a police patrol on the highway and shot two officers.",
        null))).isEqualTo("4");
  }

  @Test
  void aidDeliveriesAreMaterialCooperation() {
    assertThat(five(classifier.classify(
        "The relief agency trucked tonnes of flour and medicine to the flooded province on Monday.", null)))
        .isEqualTo("2");
  }

  @Test
  void batchedAndSingleClassificationAgreeAndTheHashIsTheBundledFiles() {
    List<String> texts = List.of("The two foreign ministers held talks in the capital about the disputed border.",
        "Protesters marched to parliament demanding the finance minister resign.");
    List<TypePrediction> batch = classifier.classifyAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      TypePrediction one = new EncoderEventTypeClassifier(OnnxSentenceEncoder.shared(), classifier.heads())
          .classify(texts.get(i), null);
      assertThat(batch.get(i).root()).isEqualTo(one.root());
      // the quantized encoder scales activations per run, so padded batch-mates move probabilities (here up to
      // about 0.06); the predicted root stays the same
      assertThat(batch.get(i).rootProbability()).isCloseTo(one.rootProbability(), Offset.offset(0.1));
    }
    assertThat(batch.get(0).roots().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, Offset.offset(1e-6));
    assertThat(classifier.modelHash()).isEqualTo(EncoderEventTypeClassifier.bundledHeads().hash());
  }

  @Test
  void encoderGivesUnitVectorsThatPlaceParaphrasesCloser() {
    float[][] v = OnnxSentenceEncoder.shared().encode(List.of("Troops shelled the town.",
        "Soldiers fired artillery at the village.", "The minister praised the new trade agreement."));
    assertThat(v[0]).hasSize(384);
    assertThat(dot(v[0], v[0])).isCloseTo(1.0, Offset.offset(1e-4));
    assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]));
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
