package org.vigil.coding;

import java.util.Set;
import org.vigil.model.EventTypeClassifier;
import org.vigil.model.TypePrediction;

/**
 * The TYPE phase's injection point for a learned {@link EventTypeClassifier} (rule classifier-type): a verb no
 * frame matches, with a subject and an object or oblique (so the parse can give its roles), is typed by the
 * classifier from its clause; above the event threshold it becomes a candidate with the predicted code, and goes
 * the same path as a frame's (roles, mode, guards). Its pattern id is "classifier:" + the model hash, recorded on
 * the event. Immutable; thread-safe when the classifier is.
 */
final class ClassifierTyping {
  private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "obl");

  private final EventTypeClassifier classifier;
  private final double threshold;

  ClassifierTyping(EventTypeClassifier classifier, double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("classifier threshold must be in (0, 1]: " + threshold);
    }
    this.classifier = classifier;
    this.threshold = threshold;
  }

  /** The candidate the classifier makes of verb token {@code v}, or null. */
  Candidate candidate(Graph g, int v) {
    if (!g.token(v).isVerb() || g.dependents(v, "nsubj").isEmpty()
        || g.children(v).stream().noneMatch(d -> ARGUMENTS.contains(Arguments.base(d.relation())))) {
      return null;
    }
    TypePrediction p = classifier.classify(g.sentence().text(), clause(g, v));
    if (p.eventProbability() < threshold) {
      return null;
    }
    Pattern typed = new Pattern("classifier:" + classifier.modelHash(), Pattern.Kind.VERB, g.lemma(v), "", p.code(),
        Set.of(), Set.of(), "", Set.of(), false, "", false, false);
    return new Candidate(v, typed, true, CoderRule.CLASSIFIER_TYPE);
  }

  /** The text of the verb's clause: from its first to its last direct dependent. */
  private static String clause(Graph g, int v) {
    int from = v;
    int to = v;
    for (var d : g.children(v)) {
      from = Math.min(from, d.dependent());
      to = Math.max(to, d.dependent());
    }
    String text = g.sentence().text();
    int base = g.sentence().span().start();
    int start = g.token(from).span().start() - base;
    int end = g.token(to).span().end() - base;
    return start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : text;
  }
}
