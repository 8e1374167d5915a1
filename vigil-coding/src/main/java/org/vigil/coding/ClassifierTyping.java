package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.EventTypeClassifier;
import org.vigil.model.TypePrediction;

/**
 * The TYPE phase's learned typer (rule classifier-type): in a sentence where no frame gives a candidate, a verb
 * whose subject and object or oblique the parse links (so ROLES can read who acts on whom) is typed by the
 * classifier from the sentence, when it is confident of the root; the code is that root's most general code.
 * One such candidate per sentence: the sentence's root verb when it qualifies, else the first that does. It
 * goes the same path as a frame's (roles, mode, guards); its pattern id, recorded on the event, is
 * "classifier@" + the first 8 hex digits of the model hash. Immutable; thread-safe when the classifier is.
 */
final class ClassifierTyping {
  /** Prefix of the pattern id of candidates it types. */
  static final String PATTERN_PREFIX = "classifier@";
  private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "obl");
  private static final String PROBE_CODE = "010";

  private final EventTypeClassifier classifier;
  private final double eventThreshold;
  private final double rootThreshold;
  private final String patternId;

  ClassifierTyping(EventTypeClassifier classifier, double eventThreshold, double rootThreshold) {
    if (eventThreshold < 0 || eventThreshold > 1 || rootThreshold < 0 || rootThreshold > 1) {
      throw new IllegalArgumentException("classifier thresholds must be in [0, 1]: " + eventThreshold + ", "
          + rootThreshold);
    }
    this.classifier = classifier;
    this.eventThreshold = eventThreshold;
    this.rootThreshold = rootThreshold;
    String hash = classifier.modelHash();
    this.patternId = PATTERN_PREFIX + hash.substring(0, Math.min(8, hash.length()));
  }

  /**
   * The sentence's linking verb as an untyped candidate (the provisional code 010, a plain statement, that shifts
   * no role), for ROLES to probe whether the sides resolve before the encoder runs; null when there is none.
   */
  Candidate probe(Graph g) {
    List<Integer> verbs = linkingVerbs(g);
    return verbs.isEmpty() ? null : candidate(g, verbs.get(0), PROBE_CODE);
  }

  /** The probed candidate typed by the classifier from the sentence, or null when it is not confident. */
  Candidate typed(Graph g, Candidate probe) {
    TypePrediction p = classifier.classify(g.sentence().text(), null);
    if (p.eventProbability() < eventThreshold || p.rootProbability() < rootThreshold) {
      return null;
    }
    return candidate(g, probe.trigger(), p.root() + "0");
  }

  private Candidate candidate(Graph g, int v, String code) {
    Pattern typed = new Pattern(patternId, Pattern.Kind.VERB, g.lemma(v), "", code, Set.of(), Set.of(), "",
        Set.of(), false, "", false, false);
    return new Candidate(v, typed, true, CoderRule.CLASSIFIER_TYPE);
  }

  /**
   * Whether an event the classifier typed may stand with these sides (rule classifier-dyad): both placed, as the
   * parse gives who acts on whom and the classifier only the type. On the dev sets it kept most correct dyads
   * and dropped most wrong ones (real VOA dev: 5 right and 13 wrong classifier dyads before, 4 and 2 after).
   */
  static boolean dyadic(boolean sourcePlaced, boolean targetPlaced) {
    return sourcePlaced && targetPlaced;
  }

  /**
   * Verbs whose subject the parse links to the rest of the clause: the sentence's root verb with a subject (its
   * object, oblique or complement gives the target, if any), then other verbs with a subject and an object or
   * oblique.
   */
  private static List<Integer> linkingVerbs(Graph g) {
    List<Integer> out = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      if (!g.token(v).isVerb() || g.dependents(v, "nsubj").isEmpty()) {
        continue;
      }
      Dependency head = g.primaryHead(v);
      if (head == null || head.governor() < 0) {
        out.add(0, v);
      } else if (g.children(v).stream().anyMatch(d -> ARGUMENTS.contains(Arguments.base(d.relation())))) {
        out.add(v);
      }
    }
    return out;
  }
}
