package org.vigil.coding;

import java.util.Set;

/**
 * One frame of the pattern dictionary: a verb or event noun (with an optional particle) and the conditions under
 * which it expresses {@code code}.
 *
 * @param id file:line, recorded on every event it codes
 * @param kind verb, event noun, or predicate adjective ("optimistic", coded like a verb)
 * @param lemma lower-case lemma of the trigger
 * @param particle required phrasal particle (compound:prt), or "" for none
 * @param code CAMEO code
 * @param objects lemmas one of which must be the direct object (light verbs), empty for any
 * @param complements lemmas one of which must be an xcomp/ccomp dependent, empty for any
 * @param prep a preposition that must introduce an oblique ("call for"), or ""
 * @param targets preferred target relations, tried first (e.g. "to" for "attribute ... to")
 * @param reciprocal true when both sides act on each other ("met", "agreed", "talks between")
 * @param mirror code of the converse event the target performs ("hosted" implies a visit), or ""
 * @param converse true when the "from" oblique acts on the subject ("received weapons from X": X gives)
 * @param topic true when the direct object is what is talked about, never a target ("discussed the war in Gaza")
 * @param subjects lemmas one of which must head the subject, directly or as what a quantity counts ("thousands of
 *     protesters gathered"), empty for any
 */
record Pattern(
    String id,
    Kind kind,
    String lemma,
    String particle,
    String code,
    Set<String> objects,
    Set<String> complements,
    String prep,
    Set<String> targets,
    boolean reciprocal,
    String mirror,
    boolean converse,
    boolean topic,
    Set<String> subjects) {

  /** A frame without a subject condition. */
  Pattern(String id, Kind kind, String lemma, String particle, String code, Set<String> objects,
      Set<String> complements, String prep, Set<String> targets, boolean reciprocal, String mirror, boolean converse,
      boolean topic) {
    this(id, kind, lemma, particle, code, objects, complements, prep, targets, reciprocal, mirror, converse, topic,
        Set.of());
  }

  enum Kind { VERB, NOUN, ADJ }

  /** Number of conditions; the more specific pattern wins. */
  int specificity() {
    return (particle.isEmpty() ? 0 : 2) + (objects.isEmpty() ? 0 : 2) + (complements.isEmpty() ? 0 : 2)
        + (prep.isEmpty() ? 0 : 1) + (subjects.isEmpty() ? 0 : 2);
  }
}
