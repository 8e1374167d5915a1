package org.vigil.model;

/**
 * A learned event typer that sits beside the pattern book: given a sentence and, optionally, the clause of one
 * candidate event in it, it scores whether an event is there, its CAMEO root and its mode. The coder's parse
 * finds candidates and roles; patterns give precise codes where they match; this decides or vetoes the type
 * elsewhere. Implementations load their model once and are thread-safe.
 */
public interface EventTypeClassifier {
  /**
   * @param sentence the whole sentence text
   * @param clause the candidate's clause (or trigger phrase) inside the sentence, or null for the whole sentence
   */
  TypePrediction classify(String sentence, String clause);

  /** Classifies several whole sentences at once (implementations batch the model's work). */
  default java.util.List<TypePrediction> classifyAll(java.util.List<String> sentences) {
    return sentences.stream().map(s -> classify(s, null)).toList();
  }

  /** Content hash of the model's weights, recorded with every event it shaped. */
  String modelHash();
}
