package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadTrainerTest {
  /** Three classes, each a noisy cloud around its own corner of a 6-dimensional cube. */
  private static float[][] clouds(int perClass, long seed, int[] labelsOut) {
    Random r = new Random(seed);
    float[][] x = new float[perClass * 3][6];
    for (int i = 0; i < x.length; i++) {
      int c = i % 3;
      labelsOut[i] = c;
      for (int d = 0; d < 6; d++) {
        x[i][d] = (float) ((d / 2 == c ? 1.0 : 0.0) + 0.3 * r.nextGaussian());
      }
    }
    return x;
  }

  @Test
  void learnsSeparableCloudsWellAboveChance() {
    int[] y = new int[90];
    float[][] x = clouds(30, 1, y);
    SoftmaxHead head = new HeadTrainer(60, 0.05, 1e-4, false, 3).train("toy", List.of("a", "b", "c"), x, y);
    int[] yTest = new int[300];
    float[][] test = clouds(100, 2, yTest);
    int right = 0;
    for (int i = 0; i < test.length; i++) {
      right += head.best(test[i]).equals(List.of("a", "b", "c").get(yTest[i])) ? 1 : 0;
    }
    assertThat(right / 300.0).isGreaterThan(0.9);
  }

  @Test
  void sameSeedGivesIdenticalWeightsAndOtherSeedDoesNot() {
    int[] y = new int[60];
    float[][] x = clouds(20, 5, y);
    SoftmaxHead a = new HeadTrainer(5, 0.05, 1e-4, true, 11).train("toy", List.of("a", "b", "c"), x, y);
    SoftmaxHead b = new HeadTrainer(5, 0.05, 1e-4, true, 11).train("toy", List.of("a", "b", "c"), x, y);
    SoftmaxHead c = new HeadTrainer(5, 0.05, 1e-4, true, 12).train("toy", List.of("a", "b", "c"), x, y);
    assertThat(a.row(1)).containsExactly(b.row(1));
    assertThat(a.row(1)).isNotEqualTo(c.row(1));
  }

  @Test
  void probabilitiesSumToOne() {
    SoftmaxHead head = new SoftmaxHead("h", List.of("x", "y"), new float[][] {{0.5f, 2f}, {-0.5f, -1f}});
    double[] p = head.probabilities(new float[] {0.3f});
    assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(head.best(new float[] {0.3f})).isEqualTo("x");
  }
}
