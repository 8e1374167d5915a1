package org.vigil.coding;

/**
 * A token that may carry an event, with the frame that matched it: what the CANDIDATES phase hands to ROLES.
 *
 * @param trigger the verb or event noun
 * @param pattern the verb or event-noun frame matched at it
 * @param verb true for a verb (or predicate adjective) frame, false for an event noun
 * @param typedBy the rule that typed it where no frame did (classifier-type), or null for a frame
 */
record Candidate(int trigger, Pattern pattern, boolean verb, CoderRule typedBy) {
  Candidate(int trigger, Pattern pattern, boolean verb) {
    this(trigger, pattern, verb, null);
  }
}
