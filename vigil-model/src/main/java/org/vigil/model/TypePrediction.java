package org.vigil.model;

import java.util.Map;
import java.util.Objects;

/**
 * What an {@link EventTypeClassifier} says of a sentence or clause.
 *
 * @param eventProbability probability that it holds a codeable event at all
 * @param roots probability of each CAMEO root ("01".."20"), summing to about 1
 * @param code the most likely full CAMEO code where the model predicts codes (else the root itself)
 * @param mode the most likely mode
 * @param modeProbability its probability
 */
public record TypePrediction(
    double eventProbability, Map<String, Double> roots, String code, Mode mode, double modeProbability) {
  public TypePrediction {
    Objects.requireNonNull(roots, "roots");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(mode, "mode");
    roots = Map.copyOf(roots);
  }

  /** The most likely root, "01".."20". */
  public String root() {
    return roots.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(code.substring(0, 2));
  }

  /** The probability of {@link #root()}. */
  public double rootProbability() {
    return roots.getOrDefault(root(), 0.0);
  }
}
